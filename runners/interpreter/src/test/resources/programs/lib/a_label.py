# Included by the programs whose header says `# includes: a_label.py`: an object that reports its death with its
# label, and shows as its label.
class A:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        event("del", self.label)
    def __repr__(self):
        return self.label
