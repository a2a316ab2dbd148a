# A codec registry filled by __init_subclass__ with class keywords; a dropped codec class leaves the registry
import gc
import weakref

class Codec:
    registry = weakref.WeakValueDictionary()
    def __init_subclass__(cls, /, name=None, aliases=(), **kwargs):
        super().__init_subclass__(**kwargs)
        if name is None:
            event("abstract", cls.__name__)
            return
        cls.codec_name = name
        for key in (name,) + tuple(aliases):
            Codec.registry[key] = cls
        event("registered", name, list(aliases))

class TextCodec(Codec):
    def encode(self, s):
        return s.encode()

class Utf8(TextCodec, name="utf-8", aliases=("utf8", "u8")):
    pass

class Latin(TextCodec, name="latin-1"):
    def encode(self, s):
        return s.encode("latin-1")

def lookup(key):
    cls = Codec.registry.get(key)
    return cls.codec_name if cls else None

event("lookup", lookup("u8"), lookup("latin-1"), lookup("ascii"))
r = weakref.ref(Latin, lambda ref: event("class Latin collected"))
event("encode", Latin().encode("caf\xe9"))
del Latin
gc.collect()
event("after del", sorted(Codec.registry.keys()), r() is None)

def make(name):
    class Dyn(Codec, name=name):
        pass
    return Dyn

tmp = make("rot13")
event("dynamic", lookup("rot13"), tmp.__qualname__)
del tmp
gc.collect()
event("end", lookup("rot13"))
