# Covers: the Theano scan documentation's first examples: A ** k by accumulation (outputs_info=T.ones_like(A), non_sequences=A, n_steps=k, keeping only result[-1]), the same with the whole result, and polynomial evaluation (outputs_info=None, sequences=[coefficients, T.arange(max_coefficients_supported)], non_sequences=x, components.sum()); values.
import numpy
import theano
import theano.tensor as T


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


k = T.iscalar("k")
A = T.vector("A")
result, updates = theano.scan(fn=lambda prior_result, A: prior_result * A,
                              outputs_info=T.ones_like(A),
                              non_sequences=A,
                              n_steps=k)
print("updates", len(updates))
final_result = result[-1]
power = theano.function(inputs=[A, k], outputs=final_result, updates=updates, name='power')
show("power", power(numpy.arange(10, dtype=theano.config.floatX), 2))
show("power3", power(numpy.array([0.5, -1.5, 2.0]), 3))
all_powers = theano.function(inputs=[A, k], outputs=result, name='all_powers')
show("all", all_powers(numpy.array([0.5, -1.5, 2.0]), 4))

coefficients = theano.tensor.vector("coefficients")
x = T.scalar("x")
max_coefficients_supported = 10000
components, updates = theano.scan(fn=lambda coefficient, power, free_variable: coefficient * (free_variable ** power),
                                  outputs_info=None,
                                  sequences=[coefficients, theano.tensor.arange(max_coefficients_supported)],
                                  non_sequences=x)
polynomial = components.sum()
calculate_polynomial = theano.function(inputs=[coefficients, x], outputs=polynomial, name='poly')
test_coefficients = numpy.asarray([1, 0, 2], dtype=numpy.float32)
test_value = 3
print("polynomial", float(calculate_polynomial(test_coefficients, test_value)))
print("numpy", float(1.0 * (3 ** 0) + 0.0 * (3 ** 1) + 2.0 * (3 ** 2)))
show("components", theano.function([coefficients, x], components, name='components')(test_coefficients, 2.5))
