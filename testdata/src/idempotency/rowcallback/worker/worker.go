// Package worker runs the nightly rent collections: each pass hands a
// helper what to do with every invoice the store selects.
package worker

import (
	"context"
	"fmt"
	"log"
	"net/smtp"
	"strconv"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/google/uuid"
	"github.com/robfig/cron/v3"

	"idempotency/rowcallback/store"
)

// Collections owns the schedule.
type Collections struct {
	st   *store.Store
	gc   *gocardless.Service
	mail string
}

// Schedule registers the passes: a table run by one closure, and one
// pass handed to the schedule directly.
func (c *Collections) Schedule(cr *cron.Cron) error {
	passes := []struct {
		spec string
		run  func(context.Context) error
	}{
		{"0 6 * * *", c.collectOpen},
		{"0 7 * * *", c.collectKeyed},
		{"0 8 * * *", c.collectClaimed},
		{"0 9 * * *", c.refundPaid},
		{"0 10 * * *", c.remindOpen},
	}
	for _, p := range passes {
		p := p
		if _, err := cr.AddFunc(p.spec, func() {
			if err := p.run(context.Background()); err != nil {
				log.Print(err)
			}
		}); err != nil {
			return err
		}
	}
	_, err := cr.AddFunc("0 11 * * *", func() { _ = c.collectQueued(context.Background()) })
	return err
}

// eachInvoice pages through the invoices in status and calls fn on each.
func (c *Collections) eachInvoice(ctx context.Context, status string, fn func(store.Invoice)) error {
	var after int64
	for {
		page, err := c.st.ByStatus(ctx, status, after, 100)
		if err != nil {
			return err
		}
		for _, inv := range page.Items {
			fn(inv)
		}
		if page.Next == 0 {
			return nil
		}
		after = page.Next
	}
}

// forState calls fn on each Bacs invoice in a collection state.
func (c *Collections) forState(ctx context.Context, state string, fn func(context.Context, store.Invoice) error) error {
	invs, err := c.st.InState(ctx, "bacs", state)
	if err != nil {
		return err
	}
	for _, inv := range invs {
		if err := fn(ctx, inv); err != nil {
			log.Printf("invoice %d: %v", inv.ID, err)
		}
	}
	return nil
}

func params(inv store.Invoice) gocardless.PaymentCreateParams {
	return gocardless.PaymentCreateParams{
		Amount:   int(inv.AmountMinor),
		Currency: inv.Currency,
		Links:    gocardless.PaymentCreateParamsLinks{Mandate: inv.MandateID},
	}
}

// --- reported ---

// collectOpen creates each payment with the SDK's own random key; a
// failed create is only logged and the invoice stays open for the next
// night.
func (c *Collections) collectOpen(ctx context.Context) error {
	return c.eachInvoice(ctx, "open", func(inv store.Invoice) {
		p, err := c.gc.Payments.Create(ctx, params(inv)) // want `gocardless Payments.Create is retried by a cron job that re-selects pending rows \(line 41\) without an idempotency key: gocardless-pro-go adds a new random key to each call`
		if err != nil {
			log.Printf("invoice %d: %v", inv.ID, err)
			return
		}
		_ = c.st.SetRef(ctx, inv.ID, "submitted", p.Id)
	})
}

// collectQueued keys each create by a uuid drawn on this run: the next
// run draws another.
func (c *Collections) collectQueued(ctx context.Context) error {
	return c.forState(ctx, "queued", func(ctx context.Context, inv store.Invoice) error {
		p, err := c.gc.Payments.Create(ctx, params(inv), gocardless.WithIdempotencyKey(uuid.NewString())) // want `gocardless Payments.Create is retried by a cron job that re-selects pending rows \(line 49\) with an idempotency key made anew on every attempt \(uuid.NewString\(\), line 113\)`
		if err != nil {
			return err
		}
		return c.st.SetRef(ctx, inv.ID, "submitted", p.Id)
	})
}

// --- silent ---

// collectKeyed keys each create by the invoice: a re-run finds the same
// payment.
func (c *Collections) collectKeyed(ctx context.Context) error {
	return c.eachInvoice(ctx, "open", func(inv store.Invoice) {
		key := "rent-" + strconv.FormatInt(inv.ID, 10)
		p, err := c.gc.Payments.Create(ctx, params(inv), gocardless.WithIdempotencyKey(key))
		if err != nil {
			log.Printf("invoice %d: %v", inv.ID, err)
			return
		}
		_ = c.st.SetRef(ctx, inv.ID, "submitted", p.Id)
	})
}

// collectClaimed claims each invoice before the create: a failure leaves
// it collecting, which no run selects.
func (c *Collections) collectClaimed(ctx context.Context) error {
	return c.eachInvoice(ctx, "open", func(inv store.Invoice) {
		ok, err := c.st.Claim(ctx, inv.ID)
		if err != nil || !ok {
			return
		}
		p, err := c.gc.Payments.Create(ctx, params(inv))
		if err != nil {
			log.Printf("invoice %d: %v", inv.ID, err)
			return
		}
		_ = c.st.SetRef(ctx, inv.ID, "submitted", p.Id)
	})
}

// refundPaid refunds over paid invoices: a paid invoice is no work left
// to do, whatever the pass does with it.
func (c *Collections) refundPaid(ctx context.Context) error {
	return c.eachInvoice(ctx, "paid", func(inv store.Invoice) {
		if _, err := c.gc.Refunds.Create(ctx, gocardless.RefundCreateParams{Amount: int(inv.AmountMinor)}); err != nil {
			log.Printf("invoice %d: %v", inv.ID, err)
		}
	})
}

// remindOpen mails a reminder for each open invoice: no payment.
func (c *Collections) remindOpen(ctx context.Context) error {
	return c.eachInvoice(ctx, "open", func(inv store.Invoice) {
		msg := fmt.Sprintf("Subject: rent due\r\n\r\nInvoice %d is due.", inv.ID)
		if err := smtp.SendMail(c.mail, nil, "rent@example.com", []string{inv.Email}, []byte(msg)); err != nil {
			log.Printf("invoice %d: %v", inv.ID, err)
		}
	})
}

// collectAdHoc is the unkeyed pass that nothing schedules: an operator's
// one-off run.
func (c *Collections) collectAdHoc(ctx context.Context) error {
	return c.eachInvoice(ctx, "open", func(inv store.Invoice) {
		if _, err := c.gc.Payments.Create(ctx, params(inv)); err != nil {
			log.Printf("invoice %d: %v", inv.ID, err)
		}
	})
}

// CollectNow is the operator's entry point.
func (c *Collections) CollectNow(ctx context.Context) error { return c.collectAdHoc(ctx) }
