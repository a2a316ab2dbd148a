# An order book whose matcher waits on a Condition until both sides have orders; traders notify it
import asyncio
from dataclasses import dataclass

@dataclass
class Order:
    side: str
    price: int
    def __del__(self):
        event("order retired", self.side, self.price)

class Book:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.bids, self.asks = [], []
        self.closed = False

    async def submit(self, order):
        async with self.cond:
            (self.bids if order.side == "buy" else self.asks).append(order)
            self.cond.notify()

    async def matcher(self, trades):
        async with self.cond:
            while True:
                await self.cond.wait_for(lambda: (self.bids and self.asks) or self.closed)
                if self.closed and not (self.bids and self.asks):
                    return len(trades)
                bid, ask = self.bids.pop(0), self.asks.pop(0)
                trades.append((bid.price, ask.price))
                event("matched", bid.price, ask.price)
                del bid, ask

    async def close(self):
        async with self.cond:
            self.closed = True
            self.cond.notify_all()

async def main():
    book = Book()
    trades = []
    m = asyncio.create_task(book.matcher(trades))
    await book.submit(Order("buy", 10))
    await asyncio.sleep(0)
    await book.submit(Order("sell", 9))
    await book.submit(Order("sell", 11))
    await asyncio.sleep(0)
    await book.submit(Order("buy", 12))
    await asyncio.sleep(0)
    await book.close()
    event("matcher returned", await m)
    event("left", book.bids, book.asks)
    del book
    event("main done")

asyncio.run(main())
event("end")
