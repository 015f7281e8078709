# Covers: f.maker.mode as the Mode object Theano gives: for the default mode, 'FAST_RUN', 'FAST_COMPILE', theano.Mode(optimizer=None), theano.Mode(linker='py'|'c|py'), and clones made by excluding/including: its class, whether it is the mode given or get_mode's, provided_linker, the linker's class, provided_optimizer (a Query: its name, include/exclude/require tags, str), the optimizer's class and name (SeqOpt([]) for optimizer=None), call_time/fn_time, str(mode); an unknown linker name.
import theano
import theano.tensor as T


def report(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, str(e))


x = T.dvector('x')
get_mode = theano.compile.mode.get_mode
modes = [('default', None), ('FAST_RUN', 'FAST_RUN'), ('FAST_COMPILE', 'FAST_COMPILE'),
         ('no optimizer', theano.Mode(optimizer=None)),
         ('py linker', theano.Mode(linker='py', optimizer='fast_run')),
         ('c|py fast_compile', theano.Mode(linker='c|py', optimizer='fast_compile')),
         ('excluding fusion', get_mode(None).excluding('fusion')),
         ('including fast_run', theano.compile.mode.FAST_COMPILE.including('fast_run'))]
for label, mode in modes:
    f = theano.function([x], x * 2, mode=mode)
    m = f.maker.mode
    q = m.provided_optimizer
    print(label, type(m), m is mode, m is get_mode(mode))
    print('  linker', m.provided_linker if isinstance(m.provided_linker, str) else 'object',
          type(m.linker))
    print('  query', type(q), getattr(q, 'name', None), q.include, q.exclude, q.require)
    print('  optimizer', type(m.optimizer), getattr(m.optimizer, 'name', None), m.call_time, m.fn_time)
    if isinstance(m.provided_linker, str):
        print('  str', str(m))
    print('  values', f([1.0, 2.0]).tolist())
print(str(theano.Mode(optimizer=None).optimizer))
print(get_mode(None) is get_mode('FAST_RUN'), get_mode(None) is theano.compile.mode.get_default_mode())
report('bogus linker', lambda: theano.Mode(linker='bogus'))
