"""Tests of rngscope.random.mrg_kernels against numbers observed from the real Theano 1.0.5.

Expected values are observed data, copied from:

* the conformance goldens ``tests/conformance/theano-1.0.5/mrg_uniform.out`` and
  ``mrg_normal_binomial.out``;
* three extra scripts (sources below) run with the Theano 1.0.5 venv, numpy 1.23.5, and
  ``THEANO_FLAGS="cxx=,device=cpu,floatX=float64,blas.ldflags=" PYTHONHASHSEED=0``.
  The normal-distribution scripts were also run with
  ``NPY_DISABLE_CPU_FEATURES="AVX512F AVX512CD AVX512_SKX AVX512_CLX AVX512_CNL AVX512_ICL"``:
  on an AVX-512 machine numpy 1.23.5 evaluates float64 ``log``/``cos``/``sin`` with SVML and the
  last bit of some normal draws differs from the conformance goldens; with AVX-512 disabled
  (numpy's libm path) the local Theano reproduces the goldens byte for byte, and so does this
  kernel.  Uniform/binomial results do not depend on that switch.
"""
# Observation script SCRIPT_UNIFORM (obs_uniform.py):
#     import numpy as np
#     import theano
#     from theano.sandbox.rng_mrg import MRG_RandomStreams
#
#     def show(name, v):
#         v = np.asarray(v)
#         print(name, v.dtype, v.shape, v.tolist())
#
#     def st(name, var):
#         # shared state matrix of a random variable
#         for inp in theano.gof.graph.inputs([var]):
#             if getattr(inp.tag, 'is_rng', False):
#                 m = inp.get_value()
#                 print(name, m.dtype, m.shape, m[:3].tolist(), m[-1].tolist())
#
#     for seed in [1, 12345, 2**30, 2147462578, -5, [1, 2, 3, 4, 5, 6]]:
#         srng = MRG_RandomStreams(seed)
#         show("seed_%s_rstate" % seed, srng.rstate)
#         u = srng.uniform((5,))
#         show("after1", srng.rstate)
#         st("mat1", u)
#         f = theano.function([], u)
#         show("draw", f())
#         show("draw", f())
#
#     srng = MRG_RandomStreams(7)
#     a = srng.uniform((3, 3))
#     st("a_mat", a)
#     fa = theano.function([], a)
#     show("a0", fa()); show("a1", fa())
#     b = srng.uniform((7,))
#     st("b_mat", b)
#     show("rstate_after_b", srng.rstate)
#     fb = theano.function([], b)
#     show("b0", fb()); show("b1", fb())
#     c = srng.uniform((5,), dtype='float32')
#     fc = theano.function([], c)
#     show("c0", fc()); show("c1", fc())
#     d = srng.uniform((2, 3), low=-1.0, high=3.5, dtype='float32')
#     fd = theano.function([], d)
#     theano.printing.debugprint(fd)
#     show("d0", fd())
#     e = srng.uniform((4,), low=0.1, high=0.7)
#     fe = theano.function([], e)
#     theano.printing.debugprint(fe)
#     show("e0", fe())
#     h = srng.uniform((5,), dtype='float16')
#     fh = theano.function([], h)
#     show("h0", fh()); show("h1", fh())
#     k = srng.uniform((7,), nstreams=3)
#     st("k_mat", k)
#     fk = theano.function([], k)
#     show("k0", fk()); show("k1", fk())
#     big = srng.uniform((20, 5))
#     st("big_mat", big)
#     show("big0", theano.function([], big)().ravel()[:8])
#     w = srng.uniform((np.int64(2), 3))
#     st("npint_mat", w)
#     sc = srng.uniform(())
#     st("scalar_mat", sc)
#     show("sc0", theano.function([], sc)())
#     show("final_rstate", srng.rstate)
#
# Observation script SCRIPT_NORMAL (obs_normal.py; the last two big draws were only compared in bulk):
#     import numpy as np
#     import theano
#     from theano.sandbox.rng_mrg import MRG_RandomStreams
#
#     def show(name, v):
#         v = np.asarray(v)
#         print(name, v.dtype, v.shape, v.tolist())
#
#     srng = MRG_RandomStreams(2024)
#     n1 = srng.normal((5,))
#     f1 = theano.function([], n1)
#     theano.printing.debugprint(f1)
#     show("n1_0", f1()); show("n1_1", f1())
#     n2 = srng.normal((2, 3), avg=-0.5, std=0.3)
#     f2 = theano.function([], n2)
#     theano.printing.debugprint(f2)
#     show("n2_0", f2())
#     n3 = srng.normal((5,), avg=0.1, std=3.0, dtype='float32')
#     f3 = theano.function([], n3)
#     theano.printing.debugprint(f3)
#     show("n3_0", f3()); show("n3_1", f3())
#     n4 = srng.normal((4,), dtype='float32')
#     f4 = theano.function([], n4)
#     theano.printing.debugprint(f4)
#     show("n4_0", f4())
#     n5 = srng.normal((3, 3), avg=10.0, std=0.01)
#     show("n5_0", theano.function([], n5)())
#     bn = srng.binomial((7,), p=0.3)
#     fb = theano.function([], bn)
#     theano.printing.debugprint(fb)
#     show("bn_0", fb()); show("bn_1", fb())
#     bf = srng.binomial((2, 2), p=0.6, dtype='float32')
#     fbf = theano.function([], bf)
#     theano.printing.debugprint(fbf)
#     show("bf_0", fbf())
#     show("rstate", srng.rstate)
#     big = srng.normal((4001,), avg=0.0, std=1.0)
#     np.save("big64.npy", theano.function([], big)())
#     big32 = srng.normal((4001,), avg=0.3, std=1.7, dtype='float32')
#     np.save("big32.npy", theano.function([], big32)())
#
# Observation script SCRIPT_MIXED (obs_mixed.py):
#     # MRG_RandomStreams(99): normal float32 odd size, uniform float32 (3,3), binomial int32, in one function.
#     import numpy as np
#     import theano
#     from theano.sandbox.rng_mrg import MRG_RandomStreams
#
#     def show(name, v):
#         v = np.asarray(v)
#         print(name, v.dtype, v.shape, v.tolist())
#
#     srng = MRG_RandomStreams(99)
#     n = srng.normal((7,), avg=-1.0, std=0.5, dtype='float32')
#     show("rstate_after_n", srng.rstate)
#     u = srng.uniform((3, 3), dtype='float32')
#     b = srng.binomial((5,), p=0.7, dtype='int32')
#     show("rstate_after_b", srng.rstate)
#     f = theano.function([], [n, u, b])
#     nstate = [s for s in f.maker.fgraph.inputs if getattr(getattr(s, 'tag', None), 'is_rng', False)]
#     for i in range(2):
#         a, c, d = f()
#         show("n_%d" % i, a)
#         show("u_%d" % i, c)
#         show("b_%d" % i, d)
#     for v in theano.gof.graph.inputs([n]):
#         if getattr(v.tag, 'is_rng', False):
#             m = v.get_value()
#             show("n_state_rows0to9", m[:10])
#             print("n_state_shape", m.shape)
#     n2 = srng.normal((3, 3), avg=0.5, std=2.5)
#     g = theano.function([], n2)
#     show("n2_0", g())
#     show("n2_1", g())
# (seed, srng.rstate after uniform((5,)), state matrix rows 0-2, last row, draw 0, draw 1)
SEED_TABLE = [
    (1,
     [913990747, 1895992010, 2074523148, 720872428, 1989554718, 1863565340],
     [[1, 1, 1, 1, 1, 1], [627067184, 1589832026, 697528089, 1532487795, 1889726881, 754662754], [1986129787, 1748462947, 120659010, 1296441457, 1718844362, 750833259]],
     [1833648830, 520780321, 993462419, 852194999, 1279288830, 1847844857],
     [0.0019226670265197754, 0.7363596991635859, 0.3538084593601525, 0.3155011576600373, 0.13921158108860254],
     [0.0019128560088574886, 0.38922920962795615, 0.29001530399546027, 0.010521211195737123, 0.11972197191789746]),
    (12345,
     [336690377, 597094797, 1245771585, 85196284, 523477687, 2094976052],
     [[12345, 12345, 12345, 12345, 12345, 12345], [1613322692, 623311037, 1722317882, 1563970864, 792350268, 619030428], [951422716, 416944718, 1329311079, 1678647957, 55905791, 588091391]],
     [1917166970, 1614507274, 14454538, 2075550713, 380800384, 1297245527],
     [0.7353244530968368, 0.2585685825906694, 0.6940806899219751, 0.7705746139399707, 0.4939101580530405],
     [0.6142074400559068, 0.9489980279468, 0.18046841165050864, 0.8138928869739175, 0.9027785388752818]),
    (1073741824,
     [1530737197, 947996005, 1037261574, 602913422, 1876868310, 1773639591],
     [[1073741824, 1073741824, 1073741824, 1073741824, 1073741824, 1073741824], [313533592, 794916013, 1422505868, 442738795, 1423451854, 88314555], [2066806717, 1947973297, 60329505, 574257616, 1908927940, 1622019768]],
     [916824415, 1334131984, 1570473033, 2128368035, 1340496410, 447098721],
     [0.6794891650788486, 0.4373045735992491, 0.3540529841557145, 0.9363929932005703, 0.7735321507789195],
     [0.07613009447231889, 0.32163875736296177, 0.518777072429657, 0.6869670911692083, 0.3003636007197201]),
    (2147462578,
     [1762297753, 835142804, 1753945826, 1426590151, 157907861, 283897239],
     [[2147462578, 2147462578, 2147462578, 2147462578, 2147462578, 2147462578], [1788380295, 278970112, 1158772927, 614974784, 257735698, 1392799825], [97863139, 1716133942, 455956358, 851021122, 428618217, 1396629320]],
     [83610260, 1320853021, 263401398, 1295267580, 868173749, 299617722],
     [0.8483840627595782, 0.9497012537904084, 0.08564216084778309, 0.4190844548866153, 0.4837611364200711],
     [0.8483938737772405, 0.7299157646484673, 0.5148792397230864, 0.8122719316743314, 0.1696663862094283]),
    (-5,
     [1872497206, 1257458185, 364802495, 690563018, 789539305, 1419486195],
     [[-5, -5, -5, -5, -5, -5], [1159631374, 640774458, 807326849, 927411341, 1288678490, 521611388], [806769300, 1995103500, 1544188597, 2107643031, 2143091085, 540758863]],
     [1569174085, 1691065689, 1475138846, 33950163, 45943587, 1498088610],
     [0.9903964749537408, 0.31825055507943034, 0.230987133923918, 0.422533452976495, 0.30398133629933],
     [0.9904455300420523, 0.05389319313690066, 0.5499529107473791, 0.9474233752116561, 0.4014195716008544]),
    ([1, 2, 3, 4, 5, 6],
     [1782355199, 180881799, 960068827, 1267448446, 1580452303, 757893159],
     [[1, 2, 3, 4, 5, 6], [236336504, 1630064008, 1151274174, 945871500, 1221901377, 1030714415], [2097087237, 487003887, 1285238645, 1270193375, 149449395, 1788988829]],
     [1300553108, 1328708100, 245689699, 1848670801, 680462517, 977262756],
     [0.0037538395263254642, 0.8410847620107234, 0.9649228709749877, 0.4834645017981529, 0.5654911459423602],
     [0.001736341044306755, 0.8028143234550953, 0.1938399518840015, 0.702865747269243, 0.882823271676898]),
]

# MRG_RandomStreams(7) scenario, in creation order (see SCRIPT_UNIFORM)
SEED7 = {
    'a_mat': ('int32', (1, 6), [[[7, 7, 7, 7, 7, 7]], [7, 7, 7, 7, 7, 7]]),
    'a0': ('float64', (3, 3), [[0.013458669185638428, 0.01338999206200242, 0.512985086068511], [0.052944420371204615, 0.3576820003800094, 0.12684261240065098], [0.05514935404062271, 0.49557892605662346, 0.5749225565232337]]),
    'a1': ('float64', (3, 3), [[0.014746242202818394, 0.19750417722389102, 0.29667325410991907], [0.0869787116535008, 0.9622044861316681, 0.5080189546570182], [0.2625878588296473, 0.6063752518966794, 0.29182086884975433]]),
    'b_mat': ('int32', (1, 6), [[[2102967935, 387042188, 1636760154, 751181838, 1042107552, 160181906]], [2102967935, 387042188, 1636760154, 751181838, 1042107552, 160181906]]),
    'rstate_after_b': ('int32', (6,), [626873255, 1707255787, 1905059325, 948633244, 952787838, 311685372]),
    'b0': ('float64', (7,), [0.5763215296901762, 0.606458627153188, 0.9619778217747808, 0.5512236566282809, 0.9458562722429633, 0.6657152725383639, 0.02680857013911009]),
    'b1': ('float64', (7,), [0.7940389942377806, 0.9779115472920239, 0.8179573831148446, 0.9686394073069096, 0.4794810847379267, 0.420324956998229, 0.6484701945446432]),
    'c0': ('float32', (5,), [0.12830530107021332, 0.15025641024112701, 0.855656623840332, 0.6945509314537048, 0.252684623003006]),
    'c1': ('float32', (5,), [0.8544005155563354, 0.974238395690918, 0.18829549849033356, 0.8922351002693176, 0.33050912618637085]),
    'd0': ('float32', (2, 3), [[1.6910954713821411, 2.7272768020629883, -0.8193090558052063], [-0.3699452877044678, 2.604599714279175, 0.6955842971801758]]),
    'e0': ('float64', (4,), [0.6355535886250436, 0.28156829280778767, 0.4038541960529983, 0.3094182993285358]),
    'h0': ('float16', (5,), [0.018096923828125, 0.83203125, 0.70263671875, 0.92822265625, 0.44921875]),
    'h1': ('float16', (5,), [0.8876953125, 0.9228515625, 0.91162109375, 0.418212890625, 0.441162109375]),
    'k_mat': ('int32', (3, 6), [[[633751988, 1568673925, 1871509125, 760786271, 75425763, 649790517], [974020409, 1557963660, 1895642747, 1189636002, 1724611161, 232464831], [241045267, 865455421, 1407750997, 306622388, 1896703289, 1965373082]], [241045267, 865455421, 1407750997, 306622388, 1896703289, 1965373082]]),
    'k0': ('float64', (7,), [0.47589913196861744, 0.7889190125279129, 0.02899702498689294, 0.3521559634245932, 0.7971140178851783, 0.052221914287656546, 0.6684525357559323]),
    'k1': ('float64', (7,), [0.36106174578890204, 0.006166133098304272, 0.5864354455843568, 0.8578342855907977, 0.6494061951525509, 0.9611022500321269, 0.6148695503361523]),
    'big_mat': ('int32', (16, 6), [[[194766997, 1381307132, 112818147, 2023813377, 37853049, 1791350884], [343707484, 522171050, 1455075094, 926257757, 610806974, 1870043116], [1227009350, 802826234, 569971827, 409473938, 624168685, 938219404]], [1086247492, 1937301034, 981793789, 1372380803, 1092980141, 1038596028]]),
    'big0': ('float64', (8,), [0.07844606367871165, 0.2847030539996922, 0.4203207902610302, 0.24246485717594624, 0.047493487130850554, 0.863110488280654, 0.17290959414094687, 0.8635782883502543]),
    'npint_mat': ('int32', (15360, 6), [[[1591948578, 448920625, 1881332945, 294885921, 1463355274, 1037138976], [229025622, 1335766181, 1018831734, 994476441, 46016989, 300853091], [1810064880, 777126489, 1898180273, 1644432937, 1654597056, 1740649787]], [2060554039, 1203471685, 152271184, 1796458912, 1089230581, 1957686747]]),
    'scalar_mat': ('int32', (1, 6), [[[2034223969, 1463725224, 913693915, 1834319423, 630218530, 353158817]], [2034223969, 1463725224, 913693915, 1834319423, 630218530, 353158817]]),
    'sc0': ('float64', (), 0.45436189137399197),
    'final_rstate': ('int32', (6,), [2024563767, 2009351856, 828005360, 1197112837, 1853499610, 2123800801]),
}

NORMAL_2024 = {
    'n1_0': ('float64', (5,), [-0.44633234797317484, 0.019892780394316315, -1.9760056162192097, -0.17474648104368368, -1.3998332877026642]),
    'n1_1': ('float64', (5,), [-0.1091552670675486, -0.24180560951508637, -0.12226086896996403, 0.512725360030456, 0.6506942121111685]),
    'n2_0': ('float64', (2, 3), [[-0.38319893472829225, -0.20364743932173418, -0.3840059034040139], [-0.5261209773310358, -0.2845220584715179, -0.30226700148030394]]),
    'n3_0': ('float32', (5,), [4.00388240814209, 2.3059186935424805, -5.970062732696533, 3.324599266052246, 1.0048755407333374]),
    'n3_1': ('float32', (5,), [-0.05718788504600525, -0.21255582571029663, -1.1094483137130737, 1.471962571144104, 1.870492696762085]),
    'n4_0': ('float32', (4,), [0.7025547027587891, 0.4025817811489105, 0.17347078025341034, 1.1224318742752075]),
    'n5_0': ('float64', (3, 3), [[9.99333537419223, 9.98249047380865, 10.015822637593821], [9.991414532718055, 9.995788518944385, 10.000757732987404], [9.998218100189115, 9.998644942380437, 10.004192727705131]]),
    'bn_0': ('int64', (7,), [1, 1, 0, 0, 0, 0, 0]),
    'bn_1': ('int64', (7,), [0, 0, 0, 0, 0, 0, 0]),
    'bf_0': ('float32', (2, 2), [[0.0, 0.0], [0.0, 1.0]]),
    'rstate': ('int32', (6,), [1094477924, 1497049287, 101523278, 1981701767, 2048308055, 1031391943]),
}

MIXED_99 = {
    'rstate_after_n': ('int32', (6,), [290770779, 872131701, 1366845187, 500105265, 1546822393, 1958649445]),
    'rstate_after_b': ('int32', (6,), [1329906904, 245110851, 147804181, 662269694, 2098922811, 1459241892]),
    'n_0': ('float32', (7,), [-0.8216617107391357, -0.967771053314209, -1.6564292907714844, -1.7645981311798096, -1.8931162357330322, -1.2287158966064453, 0.17686069011688232]),
    'u_0': ('float32', (3, 3), [[0.4364842474460602, 0.005505826324224472, 0.31931090354919434], [0.7957918643951416, 0.2341618835926056, 0.9864604473114014], [0.6647462844848633, 0.6584267020225525, 0.2590179145336151]]),
    'b_0': ('int32', (5,), [0, 1, 0, 1, 1]),
    'n_1': ('float32', (7,), [-0.4548262357711792, -1.0806958675384521, -0.648552417755127, -2.213858127593994, -1.7313034534454346, -0.44494032859802246, -0.7832327485084534]),
    'u_1': ('float32', (3, 3), [[0.1396283209323883, 0.9849351048469543, 0.06685987859964371], [0.8016461133956909, 0.028329145163297653, 0.5449289083480835], [0.1197696328163147, 0.5676689743995667, 0.7791041731834412]]),
    'b_1': ('int32', (5,), [0, 0, 1, 0, 1]),
    'n_state_rows0to9': ('int32', (10, 6), [[415248867, 415248867, 99, 8573994, 6488163, 99], [1085892579, 466750590, 1950109100, 2088735567, 684084578, 1393911175], [1077545525, 760965882, 1205837036, 1698052307, 704125252, 1647412082], [1375513268, 1729798383, 508678321, 1287379020, 1227526349, 930880833], [2068624835, 1093753610, 1142607822, 239064833, 1563262874, 616264320], [796549860, 1030946028, 437571050, 210335498, 1519970494, 515177965], [2122436388, 435479591, 483211855, 1933543587, 1872194508, 189544015], [1325572150, 600473801, 271160809, 348015042, 1830646395, 1478772804], [1503122026, 1489671773, 1180958987, 1660584642, 1375211181, 1143692485], [959911802, 1624957188, 1729421946, 54835795, 436038446, 1816584884]]),
    'n2_0': ('float64', (3, 3), [[-1.3076357855521052, -1.5055359616566233, 0.3608789680548551], [-0.8452904899648486, -1.7253590257600422, 3.843525145407127], [0.07063834476838804, 0.3415812909608209, 2.1583685957146876]]),
    'n2_1': ('float64', (3, 3), [[-2.7134895368378524, -5.345074604645592, 2.3572777463573944], [-1.9795264777483403, -0.8515579512299969, 4.087642245761882], [-1.0317781217821105, 2.352051826465141, 0.4111277704645271]]),
}

import numpy as np
import pytest

from rngscope.random.mrg_kernels import (
    M1,
    M2,
    get_substream_rstates,
    mrg_binomial_values,
    mrg_normal_values,
    mrg_uniform,
    mrg_uniform_values,
    n_streams_for,
    next_rstate,
    seed_rstate,
)


class Streams:
    """Minimal stand-in for MRG_RandomStreams' bookkeeping (rstate + new variable states)."""

    def __init__(self, seed):
        self.rstate = seed_rstate(seed)

    def new(self, size=None, nstreams=None):
        """State matrix of a new random variable; ``size=None`` means a symbolic size."""
        n = nstreams if nstreams is not None else n_streams_for(size)
        mat = get_substream_rstates(self.rstate, n)
        self.rstate = next_rstate(self.rstate)
        return mat


class UniformFn:
    """A compiled ``uniform`` function: state matrix updated on every call."""

    def __init__(self, srng, size, dtype="float64", low=None, high=None, nstreams=None):
        self.mat = srng.new(size, nstreams)
        self.size, self.dtype, self.low, self.high = size, dtype, low, high

    def __call__(self):
        self.mat, u = mrg_uniform(self.mat, self.size, self.dtype)
        if self.low is None:
            return u
        return mrg_uniform_values(u, self.low, self.high)


class NormalFn:
    """A compiled ``normal`` function (symbolic uniform length, so 15360 streams)."""

    def __init__(self, srng, size, avg=0.0, std=1.0, dtype="float64"):
        self.mat = srng.new(None)
        self.size, self.avg, self.std, self.dtype = size, avg, std, dtype
        n = int(np.prod(size))
        self.n_even = n + n % 2

    def __call__(self):
        self.mat, u = mrg_uniform(self.mat, (self.n_even,), self.dtype)
        return mrg_normal_values(u, self.avg, self.std, self.size)


class BinomialFn:
    """A compiled ``binomial`` function (uniform draws in floatX=float64)."""

    def __init__(self, srng, size, p, dtype="int64"):
        self.uni = UniformFn(srng, size)
        self.p, self.dtype = p, dtype

    def __call__(self):
        return mrg_binomial_values(self.uni(), self.p, self.dtype)


def check(value, expected):
    """Compare dtype, shape and exact values with an observed ``(dtype, shape, values)``."""
    dtype, shape, values = expected
    value = np.asarray(value)
    assert value.dtype == np.dtype(dtype)
    assert value.shape == tuple(shape)
    assert value.tolist() == values


# ---------------------------------------------------------------------------------------------
# conformance goldens
# ---------------------------------------------------------------------------------------------

def test_golden_mrg_uniform():
    srng = Streams(234)
    f = UniformFn(srng, (2, 3))
    assert f.mat.shape == (6, 6)
    u0, u1, u2 = f(), f(), f()
    assert u0.dtype == np.float64 and u0.shape == (2, 3)
    assert u0.tolist() == [[0.44990408420562744, 0.3062468161806464, 0.7898354828357697],
                           [0.8255442692898214, 0.5741267018020153, 0.09810354700312018]]
    assert u1.tolist() == [[0.44760830607265234, 0.0780163542367518, 0.8624823843128979],
                           [0.46062918566167355, 0.013715122826397419, 0.28158100694417953]]
    assert u2.tolist() == [[0.7197072845883667, 0.13089650450274348, 0.7213411722332239],
                           [0.2547479453496635, 0.2577050901018083, 0.9526270711794496]]
    g = UniformFn(srng, (4,), low=-2.0, high=2.0)
    assert g().tolist() == [-1.509685181081295, -0.06917943991720676, -1.713914705440402,
                            -1.1110215596854687]
    assert g().tolist() == [0.23387327045202255, 1.6336114630103111, -0.2255417685955763,
                            0.26579113118350506]
    same = UniformFn(Streams(234), (2, 3))()
    assert same.tolist() == u0.tolist()


def test_golden_mrg_normal_binomial():
    srng = Streams(42)
    n = NormalFn(srng, (3,), avg=1.0, std=2.0)
    b = BinomialFn(srng, (2, 3), p=0.25)
    assert n.mat.shape == (15360, 6) and b.uni.mat.shape == (6, 6)
    n0, b0 = n(), b()
    assert n0.dtype == np.float64 and b0.dtype == np.int64 and b0.shape == (2, 3)
    assert n0.tolist() == [3.853876053913326, 0.9963511499054168, -2.462133788094523]
    assert b0.tolist() == [[0, 0, 1], [1, 1, 0]]
    assert n().tolist() == [2.9008986689379137, -1.715274495236442, 5.069212478291321]
    assert b().tolist() == [[0, 0, 0], [0, 0, 0]]
    # g = function([], b) and h = function([], n) share the same state matrices
    assert b().tolist() == [[0, 0, 1], [0, 0, 0]]
    assert n().tolist() == [-0.5686345418102812, 1.1328135164525328, -3.2376818723463296]


# ---------------------------------------------------------------------------------------------
# extra observations
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("entry", SEED_TABLE, ids=[str(e[0]) for e in SEED_TABLE])
def test_seeds_states_and_draws(entry):
    seed, after, rows, last, draw0, draw1 = entry
    srng = Streams(seed)
    expected_seed = seed if isinstance(seed, list) else [seed] * 6
    assert srng.rstate.dtype == np.int32 and srng.rstate.tolist() == expected_seed
    f = UniformFn(srng, (5,))
    assert srng.rstate.dtype == np.int32 and srng.rstate.tolist() == after
    assert f.mat.dtype == np.int32 and f.mat.shape == (5, 6)
    assert f.mat[:3].tolist() == rows and f.mat[-1].tolist() == last
    assert f().tolist() == draw0
    assert f().tolist() == draw1


def test_seed7_sequence():
    srng = Streams(7)
    obs = SEED7
    a = UniformFn(srng, (3, 3))
    assert a.mat.tolist() == obs["a_mat"][2][0]
    check(a(), obs["a0"])
    check(a(), obs["a1"])
    b = UniformFn(srng, (7,))
    assert b.mat.tolist() == obs["b_mat"][2][0]
    check(srng.rstate, obs["rstate_after_b"])
    check(b(), obs["b0"])
    check(b(), obs["b1"])
    c = UniformFn(srng, (5,), dtype="float32")
    check(c(), obs["c0"])
    check(c(), obs["c1"])
    d = UniformFn(srng, (2, 3), dtype="float32", low=-1.0, high=3.5)
    check(d(), obs["d0"])
    e = UniformFn(srng, (4,), low=0.1, high=0.7)
    check(e(), obs["e0"])
    h = UniformFn(srng, (5,), dtype="float16")
    check(h(), obs["h0"])
    check(h(), obs["h1"])
    k = UniformFn(srng, (7,), nstreams=3)
    assert k.mat.tolist() == obs["k_mat"][2][0]
    check(k(), obs["k0"])
    check(k(), obs["k1"])
    big = UniformFn(srng, (20, 5))
    assert big.mat.shape == (16, 6)
    assert big.mat[:3].tolist() == obs["big_mat"][2][0]
    assert big.mat[-1].tolist() == obs["big_mat"][2][1]
    check(big().ravel()[:8], obs["big0"])
    npint = srng.new((np.int64(2), 3))  # numpy ints are not Python ints: 15360 streams
    assert npint.shape == (15360, 6)
    assert npint[:3].tolist() == obs["npint_mat"][2][0]
    assert npint[-1].tolist() == obs["npint_mat"][2][1]
    sc = UniformFn(srng, ())
    assert sc.mat.tolist() == obs["scalar_mat"][2][0]
    check(sc(), obs["sc0"])
    check(srng.rstate, obs["final_rstate"])


def test_normal_and_binomial_seed2024():
    srng = Streams(2024)
    obs = NORMAL_2024
    n1 = NormalFn(srng, (5,))
    check(n1(), obs["n1_0"])
    check(n1(), obs["n1_1"])
    check(NormalFn(srng, (2, 3), avg=-0.5, std=0.3)(), obs["n2_0"])
    n3 = NormalFn(srng, (5,), avg=0.1, std=3.0, dtype="float32")
    check(n3(), obs["n3_0"])
    check(n3(), obs["n3_1"])
    check(NormalFn(srng, (4,), dtype="float32")(), obs["n4_0"])
    check(NormalFn(srng, (3, 3), avg=10.0, std=0.01)(), obs["n5_0"])
    bn = BinomialFn(srng, (7,), p=0.3)
    check(bn(), obs["bn_0"])
    check(bn(), obs["bn_1"])
    check(BinomialFn(srng, (2, 2), p=0.6, dtype="float32")(), obs["bf_0"])
    check(srng.rstate, obs["rstate"])


def test_mixed_function_seed99():
    srng = Streams(99)
    obs = MIXED_99
    n = NormalFn(srng, (7,), avg=-1.0, std=0.5, dtype="float32")
    check(srng.rstate, obs["rstate_after_n"])
    u = UniformFn(srng, (3, 3), dtype="float32")
    b = BinomialFn(srng, (5,), p=0.7, dtype="int32")
    check(srng.rstate, obs["rstate_after_b"])
    for i in range(2):
        check(n(), obs["n_%d" % i])
        check(u(), obs["u_%d" % i])
        check(b(), obs["b_%d" % i])
    # 8 draws per call from 15360 streams: only rows 0-7 moved (twice), the rest are untouched
    assert n.mat.shape == (15360, 6)
    check(n.mat[:10], obs["n_state_rows0to9"])
    n2 = NormalFn(srng, (3, 3), avg=0.5, std=2.5)
    check(n2(), obs["n2_0"])
    check(n2(), obs["n2_1"])


# ---------------------------------------------------------------------------------------------
# behaviour
# ---------------------------------------------------------------------------------------------

def test_seed_rstate_errors_and_forms():
    assert seed_rstate(12345).tolist() == [12345] * 6
    assert seed_rstate((1, 2, 3, 4, 5, 6)).dtype == np.int32
    with pytest.raises(ValueError):
        seed_rstate(0)
    with pytest.raises(ValueError):
        seed_rstate(M2)
    with pytest.raises(ValueError):
        seed_rstate([0, 0, 0, 1, 1, 1])
    with pytest.raises(ValueError):
        seed_rstate([1, 1, 1, 0, 0, 0])
    with pytest.raises(ValueError):
        seed_rstate([M1, 1, 1, 1, 1, 1])
    with pytest.raises(ValueError):
        seed_rstate([1, 1, 1, M2, 1, 1])
    with pytest.raises(TypeError):
        seed_rstate([1, 2, 3])
    with pytest.raises(TypeError):
        seed_rstate(np.int64(5))  # Theano only accepts Python ints as a single seed


def test_n_streams_for():
    assert n_streams_for((2, 3)) == 6
    assert n_streams_for((4,)) == 4
    assert n_streams_for((5,)) == 5
    assert n_streams_for((7,)) == 1
    assert n_streams_for((3, 3)) == 1
    assert n_streams_for((20, 5)) == 16
    assert n_streams_for([12]) == 2
    assert n_streams_for(()) == 1
    assert n_streams_for((1000, 1000)) == 15360
    assert n_streams_for((np.int64(2), 3)) == 15360
    assert n_streams_for(None) == 15360


def test_substreams_start_at_rstate_and_do_not_advance_it():
    rstate = seed_rstate(234)
    mat = get_substream_rstates(rstate, 3)
    assert mat.dtype == np.int32 and mat.shape == (3, 6)
    assert mat[0].tolist() == [234] * 6
    assert rstate.tolist() == [234] * 6
    assert get_substream_rstates(mat[1], 2)[1].tolist() == mat[2].tolist()
    with pytest.raises(ValueError):
        get_substream_rstates(rstate, 0)


def test_mrg_uniform_inplace_flag():
    mat = get_substream_rstates(seed_rstate(234), 6)
    before = mat.copy()
    new, _ = mrg_uniform(mat, (2, 3))
    assert new is not mat and mat.tolist() == before.tolist()
    assert new.tolist() != before.tolist()
    same, sample = mrg_uniform(mat, (2, 3), "float64", inplace=True)
    assert same is mat and mat.tolist() == new.tolist()
    assert sample.tolist() == [[0.44990408420562744, 0.3062468161806464, 0.7898354828357697],
                               [0.8255442692898214, 0.5741267018020153, 0.09810354700312018]]


def test_mrg_uniform_limits():
    mat = get_substream_rstates(seed_rstate(1), 1)
    with pytest.raises(ValueError):
        mrg_uniform(mat, (2**16, 2**16))
    with pytest.raises(TypeError):
        mrg_uniform(mat, (2,), "int32")
    new, sample = mrg_uniform(mat, np.array([2, 0]))
    assert sample.shape == (2, 0) and new.tolist() == mat.tolist()


def test_normal_rewrites_of_trivial_avg_std():
    u = np.array([0.25, 0.5, 0.75, 0.125])
    base = mrg_normal_values(u, 0.0, 1.0, (4,))
    assert mrg_normal_values(u, 0.0, 2.0, (4,)).tolist() == (2.0 * base).tolist()
    assert mrg_normal_values(u, 1.0, 1.0, (4,)).tolist() == (1.0 + base).tolist()
    with pytest.raises(ValueError):
        mrg_normal_values(u, 0.0, 1.0, (3, 2))


def test_binomial_values():
    u = np.array([0.1, 0.25, 0.3])
    assert mrg_binomial_values(u, 0.25).tolist() == [1, 0, 0]
    assert mrg_binomial_values(u, 0.25).dtype == np.int64
    assert mrg_binomial_values(u, 0.3, "float32").tolist() == [1.0, 1.0, 0.0]


def test_multinomial_wo_replacement_is_a_choice_without_replacement_with_theanos_warning():
    import warnings

    from rngscope.compile.function import function
    from rngscope.streams import MRG_RandomStreams
    from rngscope.tensor import basic as T

    p = T.dmatrix("p")
    pv = np.array([[0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1]])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        old = MRG_RandomStreams(5).multinomial_wo_replacement(pvals=p, n=2)
    assert [str(w.message) for w in caught] == [
        "MRG_RandomStreams.multinomial_wo_replacement() is deprecated and will be removed in the "
        "next release of Theano. Please use MRG_RandomStreams.choice() instead."]
    new = MRG_RandomStreams(5).choice(size=2, p=p, replace=False)
    assert function([p], old)(pv).tolist() == function([p], new)(pv).tolist() == [[0, 3], [1, 2]]
