# Validate a batch of records concurrently; gather(return_exceptions=True) keeps the errors and their frames
# includes: named.py
import asyncio
import gc

class ValidationError(Exception):
    def __init__(self, record, reason):
        super().__init__(f"{record.key}: {reason}")
        self.record = record

class Record(Named):
    died = "record dropped"
    def __init__(self, key, value):
        super().__init__(key)
        self.key, self.value = key, value

class Scratch(Named):
    died = "scratch freed for"

async def validate(rec):
    scratch = Scratch(rec.key)
    await asyncio.sleep(0)
    if rec.value < 0:
        raise ValidationError(rec, "negative")
    if rec.value > 100:
        raise ValueError(f"{rec.key} too large")
    return rec.value * 2

async def main():
    batch = [Record("a", 1), Record("b", -5), Record("c", 500), Record("d", 7)]
    results = await asyncio.gather(*(validate(r) for r in batch), return_exceptions=True)
    event("gathered", len(results))
    del batch
    for res in results:
        if isinstance(res, ValidationError):
            event("invalid", res, res.record, res.__traceback__.tb_next is not None)
        elif isinstance(res, Exception):
            event("error", type(res).__name__, res)
        else:
            event("ok", res)
    event("dropping results")
    results = [r for r in results if not isinstance(r, BaseException)]
    event("kept", results)
    gc.collect()
    event("main done")

asyncio.run(main())
gc.collect()
event("end")
