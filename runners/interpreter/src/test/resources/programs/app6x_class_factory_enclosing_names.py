# A class factory: the class body reads the factory's arguments (free variables of the class body).
import gc
# includes: named.py
class Schema(Named):
    died = "schema released"

def make_model(table, schema, defaults):
    prefix = table.upper()
    class Model:
        __tablename__ = table
        columns = tuple(schema.name.split(","))
        label = prefix + ":" + str(len(defaults))
        schema_ref = schema
        kind = "model"
        tag = kind + "-" + prefix
        def describe(self):
            return "%s/%s" % (prefix, table)
    Model.__name__ = table.title()
    return Model

User = make_model("user", Schema("id,name"), {"active": True})
Order = make_model("order", Schema("id,total,user"), {})
event("columns", User.columns, Order.columns)
event("labels", User.label, Order.label, User.tag)
event("describe", User().describe(), Order().describe())
event("table", User.__tablename__, User.__name__)
del User
event("user class dropped")
gc.collect()
event("after collect")
Order.schema_ref = None
event("order schema detached")
Order = None
gc.collect()
event("end")
