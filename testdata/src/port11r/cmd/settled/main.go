// Command settled captures through Adyen.
package main

import (
	"context"

	"port11r/adyenpsp"
	"port11r/settle"
)

func main() {
	s := &settle.Settler{
		Gateway: adyenpsp.New(), // want `settle.Settler calls settle.Capturer.Capture \(settle.go:28\), bound here to adyenpsp.Client.Capture \(POST .*\), is retried by a for loop \(line 27\) with no wait between attempts`
		Slow:    adyenpsp.New(),
	}
	_ = s.Settle(context.Background(), "psp_1", 1200)
	_ = s.SettleSlowly(context.Background(), "psp_2", 1200)
}
