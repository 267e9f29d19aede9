// Command replay replays captures into the in-memory cache: the same
// busy loop, no provider behind it.
package main

import (
	"context"

	"port11r/memo"
	"port11r/settle"
)

func main() {
	cache := memo.New()
	s := &settle.Settler{Gateway: cache, Slow: cache}
	_ = s.Settle(context.Background(), "psp_1", 1200)
}
