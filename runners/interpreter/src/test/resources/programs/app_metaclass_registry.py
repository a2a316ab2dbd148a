# A metaclass records model classes, counts their instances and orders fields with __prepare__
class ModelMeta(type):
    models = {}
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        event("prepare", name)
        return {}
    def __new__(mcs, name, bases, ns, table=None):
        cls = super().__new__(mcs, name, bases, ns)
        cls.table = table or name.lower() + "s"
        cls.instances = 0
        cls.fields = [k for k, v in ns.items() if isinstance(v, type)]
        if bases:
            mcs.models[name] = cls
        return cls
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.instances += 1
        return obj

class Model(metaclass=ModelMeta):
    def __del__(self):
        event("del", type(self).__name__, self.pk)

class User(Model, table="accounts"):
    name = str
    age = int
    def __init__(self, pk):
        self.pk = pk

class Post(Model):
    title = str
    def __init__(self, pk):
        self.pk = pk

users = [User(i) for i in range(3)]
p = Post(7)
event("models", sorted(ModelMeta.models), User.table, Post.table)
event("fields", User.fields, Post.fields, type(User).__name__)
event("counts", User.instances, Post.instances, isinstance(User, type))
users.pop(1)
event("popped")
del users, p
event("end")
