# Typed field descriptors learn their names through __set_name__ and validate assignments on a model class
class Field:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        event("field", owner.__name__ + "." + name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        event("reset", self.name)
        delattr(obj, self.private)

class Tag:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        event("tag", self.n, "freed")

class Product:
    name = Field(str, "unnamed")
    stock = Field(int, 0)
    tag = Field(Tag)
    def __init__(self, name, stock):
        self.name = name
        self.stock = stock

p = Product("lamp", 3)
event(p.name, p.stock, p.tag, type(Product.stock).__name__)
try:
    p.stock = "many"
except TypeError as e:
    event("error", e)
p.tag = Tag(1)
p.tag = Tag(2)
event("replaced tag")
del p.tag
event("tag deleted", p.tag)
event("dict", sorted(vars(p)))
event("end")
