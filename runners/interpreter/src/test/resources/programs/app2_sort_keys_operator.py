# Ranking employees with sorted/min/max keys from operator.attrgetter/itemgetter/methodcaller and stable sorts
from operator import attrgetter, itemgetter, methodcaller

class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def title(self, prefix):
        return prefix + self.name
    def __repr__(self):
        return self.name
    def __del__(self):
        event("del", self.name)

staff = [Employee("dora", "ops", 70), Employee("abe", "dev", 90), Employee("cat", "dev", 90), Employee("ben", "ops", 60)]
by_dept_salary = sorted(staff, key=attrgetter("dept", "salary"))
event("dept,salary", by_dept_salary)
ranked = sorted(staff, key=lambda e: (-e.salary, e.name))
event("ranked", ranked)
event("max/min", max(staff, key=attrgetter("salary")), min(staff, key=attrgetter("salary")), min([], key=len, default="none"))
rows = [(e.name, e.salary) for e in staff]
rows.sort(key=itemgetter(1), reverse=True)
event("rows", rows)
event("titles", list(map(methodcaller("title", "Dr. "), staff[:2])))
staff.sort(key=attrgetter("name"))
event("staff", staff)
top = max(staff, key=lambda e: e.salary)
del staff[:2]
event("dropped first two", top)
del by_dept_salary, ranked
event("views dropped")
top = None
event("end", staff)
