# includes: named.py
# Sorting records by several keys relies on sort stability; key functions see each element once
import operator

class Employee(Named):
    died = "employee freed"
    def __repr__(self):
        return self.name

calls = []
def by_salary(e):
    calls.append(e.name)
    return e.salary

staff = [Employee("ann", dept="ops", salary=50), Employee("bob", dept="dev", salary=70),
         Employee("cid", dept="ops", salary=70), Employee("dan", dept="dev", salary=50),
         Employee("eve", dept="dev", salary=70)]
s = sorted(staff, key=by_salary)
event("by salary", s, "key calls", calls)
s = sorted(s, key=operator.attrgetter("dept"))
event("dept then salary", s)
event("reverse keeps ties", sorted(staff, key=by_salary, reverse=True))
event("tuple key", sorted(staff, key=lambda e: (e.dept, -e.salary, e.name)))
event("itemgetter", sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1)))
event("min/max ties", min(staff, key=by_salary), max(staff, key=by_salary))
staff.sort(key=lambda e: e.name, reverse=True)
event("in place", staff)
event("strs", sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
try:
    sorted([3, "a"])
except TypeError as e:
    event("TypeError", e)
del s
event("sorted copy dropped")
staff[1:3] = []
event("sliced out")
del staff
event("end")
