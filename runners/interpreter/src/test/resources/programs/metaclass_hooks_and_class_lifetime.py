import gc
gc.disable()

class Meta(type):
    def __instancecheck__(cls, inst):
        event("instancecheck", cls.__name__)
        return True
    def describe(cls):
        return "class " + cls.__name__
    def __del__(cls):
        event("class dies", cls.__name__)

class Checked(metaclass=Meta):
    pass

class Sub(Checked):
    pass

event(isinstance(1, Checked), isinstance(Checked(), Checked), type(Checked).__name__, type(Sub).__name__)
event(Checked.describe(), Sub.describe())
del Sub
event("collect", gc.collect() > 0)
del Checked
gc.collect()
event("end")
