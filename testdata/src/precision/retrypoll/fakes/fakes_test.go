package fakes

import (
	"context"
	"testing"
	"time"
)

func TestSettles(t *testing.T) {
	ctx := context.Background()
	p := &Provider{}
	pay, _ := p.CreatePayment(ctx, 100)
	go func() {
		time.Sleep(10 * time.Millisecond)
		p.Settle(pay.ID, "CONFIRMED")
	}()
	for {
		got, _ := p.GetPayment(ctx, pay.ID)
		if got.Status == "CONFIRMED" {
			break
		}
		time.Sleep(time.Millisecond)
	}
	for i := 0; i < 3; i++ {
		if _, err := p.CreatePayment(ctx, int64(i)); err != nil {
			t.Fatal(err)
		}
	}
}
