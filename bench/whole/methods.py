# Method calls, closures, try/except in a loop, sorted with a key and string building, about 1.4 s on CPython 3.11.
class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(amount)
        self.balance -= amount
        return self.balance


def make_fee(rate):
    def fee(account):
        return account.balance * rate // 100
    return fee


fee = make_fee(3)
refused = 0
digest = 0
for round in range(40000):
    accounts = [Account("a" + str(i), i * 7 % 50) for i in range(40)]
    for a in accounts:
        a.deposit(5).deposit(round % 7)
        try:
            a.withdraw(30)
        except ValueError:
            refused += 1
    ranked = sorted(accounts, key=lambda a: (a.balance, a.name))
    line = ",".join(f"{a.name}:{fee(a)}" for a in ranked[:10])
    digest = (digest * 31 + len(line)) % 1000003
event("methods", refused, digest)
