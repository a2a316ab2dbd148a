# Comparisons between ints and floats are exact (float_richcompare): big ints are not rounded to a double,
# NaN compares false (but containers check identity first), -0.0 equals 0.0, infinities are beyond every int.
def t(label, f):
    try:
        event(label, repr(f()))
    except Exception as e:
        event(label, "raised", type(e).__name__, e)
nan = float("nan")
inf = float("inf")
big = 2 ** 53 + 1
t("lt big", lambda: (float(big) < big, big > float(big), big <= float(big)))
t("nan order", lambda: (nan < 1, nan > 1, nan <= nan, nan >= 1.0, 1 < nan))
t("neg zero order", lambda: (-0.0 < 0.0, -0.0 <= 0, 0 >= -0.0))
t("inf order", lambda: (inf > 10 ** 400, -inf < -(10 ** 400), inf >= inf, inf > inf))
t("mixed order", lambda: (1 < 1.5, 2 > 1.5, 3 <= 3.0, True < 1.5))
t("eq", lambda: (nan == nan, 1 == 1.0, -0.0 == 0, big == float(big), inf == inf))
t("sorted mixed", lambda: sorted([3, 1.5, -0.0, 0, 2 ** 60, -inf]))
t("max mixed", lambda: max(1, 1.0), )
t("nan in list", lambda: (nan in [nan], [nan] == [nan], nan != nan, 1 != 1.0))
t("ne big", lambda: big != float(big))
