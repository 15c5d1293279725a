"""Same input, same output across processes: the result does not depend on Python's hash seed
(set iteration order), which changes from one run to the next."""


def test_weighted_sums_do_not_depend_on_set_order():
    # a set's iteration order follows the hash seed; a plain float sum depends on that order
    # ((0.1 + 0.2) + 0.3 != 0.1 + (0.2 + 0.3)), an exact sum does not
    from itertools import permutations

    from newsclaims.reconcile.match import idf_mass

    idf = {"a": 0.1, "b": 0.2, "c": 0.3, "d": 1.7, "e": 2.9}
    assert len({idf_mass(list(p), idf) for p in permutations(idf)}) == 1
