package billing

import (
	"context"
	"log"
	"time"
)

// Archiver opens the queued bills' links like Dispatcher, but its second
// loop archives the failed bills for a person to look at: a failed link
// is never opened again.
type Archiver struct {
	Links Links
	Bills Bills
}

// Run runs both loops.
func (a *Archiver) Run(ctx context.Context) {
	go func() {
		for {
			var failed []BillRow
			_ = a.Bills.FailedBills(ctx, &failed)
			for _, b := range failed {
				_ = a.Bills.SetBillArchived(ctx, b.ID)
			}
			time.Sleep(time.Minute)
		}
	}()
	for {
		var queued []BillRow
		if err := a.Bills.QueuedBills(ctx, &queued); err != nil {
			time.Sleep(time.Second)
			continue
		}
		for _, b := range queued {
			link, err := a.Links.OpenLink(ctx, request(b))
			if err != nil {
				_ = a.Bills.SetBillFailed(ctx, b.ID, err.Error())
				continue
			}
			_ = a.Bills.SetBillSent(ctx, b.ID, link.URL)
		}
		time.Sleep(10 * time.Second)
	}
}

// Operator opens the queued bills' links like Dispatcher; failed bills
// are queued again only when a person asks (RequeueFailed, behind an
// admin button), once: no loop sends them round.
type Operator struct {
	Links Links
	Bills Bills
}

// Run opens the links.
func (o *Operator) Run(ctx context.Context) {
	for {
		var queued []BillRow
		if err := o.Bills.QueuedBills(ctx, &queued); err != nil {
			time.Sleep(time.Second)
			continue
		}
		for _, b := range queued {
			link, err := o.Links.OpenLink(ctx, request(b))
			if err != nil {
				if ferr := o.Bills.SetBillFailed(ctx, b.ID, err.Error()); ferr != nil {
					log.Print(ferr)
				}
				continue
			}
			_ = o.Bills.SetBillSent(ctx, b.ID, link.URL)
		}
		time.Sleep(10 * time.Second)
	}
}

// RequeueFailed queues the failed bills again, once.
func (o *Operator) RequeueFailed(ctx context.Context) error {
	var failed []BillRow
	if err := o.Bills.FailedBills(ctx, &failed); err != nil {
		return err
	}
	for _, b := range failed {
		if err := o.Bills.SetBillQueued(ctx, b.ID); err != nil {
			return err
		}
	}
	return nil
}
