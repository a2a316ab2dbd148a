# Included by the programs whose header says `# includes: a_n_del.py`: an object that reports its death as "del".
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        event("del", self.n)
