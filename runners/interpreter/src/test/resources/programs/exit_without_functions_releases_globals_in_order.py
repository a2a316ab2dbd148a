# compare-shutdown
class A:
    def __init__(self, n): self.n = n
    def __del__(self): event("__del__", self.n)
b = A("b")
a = A("a")
c = A("c")
event("end of script")
