"""Every RandomStream distribution, one compiled function, two calls (each advances every stream)."""
import numpy as np
import pytensor
from pytensor.tensor.random.utils import RandomStream

srng = RandomStream(seed=2024)
draws = {
    "bernoulli": srng.bernoulli(0.3, size=(3,)),
    "beta": srng.beta(2.0, 5.0, size=(2,)),
    "betabinom": srng.betabinom(10, 2.0, 3.0, size=(3,)),
    "binomial": srng.binomial(10, 0.4, size=(3,)),
    "categorical": srng.categorical([0.2, 0.5, 0.3], size=(4,)),
    "cauchy": srng.cauchy(0.0, 1.0, size=(2,)),
    "chisquare": srng.chisquare(3.0, size=(2,)),
    "choice": srng.choice(np.arange(10), size=(3,), replace=False),
    "dirichlet": srng.dirichlet([1.0, 2.0, 3.0]),
    "exponential": srng.exponential(2.0, size=(2,)),
    "gamma": srng.gamma(2.0, 1.5, size=(2,)),
    "gengamma": srng.gengamma(1.5, 2.0, 1.0, size=(2,)),
    "geometric": srng.geometric(0.3, size=(3,)),
    "gumbel": srng.gumbel(0.0, 1.0, size=(2,)),
    "halfcauchy": srng.halfcauchy(0.0, 1.0, size=(2,)),
    "halfnormal": srng.halfnormal(0.0, 1.0, size=(2,)),
    "hypergeometric": srng.hypergeometric(7, 5, 4, size=(3,)),
    "integers": srng.integers(0, 100, size=(4,)),
    "invgamma": srng.invgamma(3.0, 2.0, size=(2,)),
    "laplace": srng.laplace(0.0, 1.0, size=(2,)),
    "logistic": srng.logistic(0.0, 1.0, size=(2,)),
    "lognormal": srng.lognormal(0.0, 1.0, size=(2,)),
    "multinomial": srng.multinomial(10, [0.2, 0.3, 0.5]),
    "multivariate_normal": srng.multivariate_normal(np.zeros(2), np.eye(2)),
    "nbinom": srng.nbinom(5, 0.5, size=(3,)),
    "negative_binomial": srng.negative_binomial(5, 0.5, size=(3,)),
    "normal": srng.normal(0.0, 1.0, size=(2,)),
    "pareto": srng.pareto(3.0, 1.0, size=(2,)),
    "permutation": srng.permutation(5),
    "poisson": srng.poisson(4.0, size=(3,)),
    "standard_normal": srng.standard_normal(size=(2,)),
    "t": srng.t(4.0, size=(2,)),
    "triangular": srng.triangular(0.0, 0.3, 1.0, size=(2,)),
    "truncexpon": srng.truncexpon(2.0, size=(2,)),
    "uniform": srng.uniform(0.0, 1.0, size=(2,)),
    "vonmises": srng.vonmises(0.0, 1.0, size=(2,)),
    "wald": srng.wald(1.0, 1.0, size=(2,)),
    "weibull": srng.weibull(2.0, size=(2,)),
}
f = pytensor.function([], list(draws.values()))
for call in (1, 2):
    for name, value in zip(draws, f()):
        print(call, name, value.dtype, np.round(value, 6).tolist())
