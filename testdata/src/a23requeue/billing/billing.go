// Package billing opens a payment link for every queued bill from a
// background dispatcher, through whichever link provider main wires in.
// A bill whose link failed is set failed; a second loop of the package
// sets the failed bills queued again a minute later, so the dispatcher
// opens their links once more.
package billing

import (
	"context"
	"log"
	"time"
)

// BillRow is one bill waiting for its payment link.
type BillRow struct {
	ID          int64
	AmountMinor int64
	Memo        string
	Customer    string
}

// LinkRequest is what a provider needs to open a link.
type LinkRequest struct {
	AmountMinor int64
	Memo        string
	Customer    string
	Reference   string
}

// Link is an opened payment link.
type Link struct {
	ID  string
	URL string
}

// Links opens payment links.
type Links interface {
	OpenLink(ctx context.Context, b LinkRequest) (Link, error)
}

// Bills holds the bills and their states.
type Bills interface {
	QueuedBills(ctx context.Context, out *[]BillRow) error
	FailedBills(ctx context.Context, out *[]BillRow) error
	SetBillSent(ctx context.Context, id int64, url string) error
	SetBillFailed(ctx context.Context, id int64, reason string) error
	SetBillQueued(ctx context.Context, id int64) error
	SetBillArchived(ctx context.Context, id int64) error
	AppendHistory(ctx context.Context, id int64, what string) error
}

func request(b BillRow) LinkRequest {
	return LinkRequest{AmountMinor: b.AmountMinor, Memo: b.Memo, Customer: b.Customer, Reference: "bill-" + itoa(b.ID)}
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}

// Dispatcher opens the links of the queued bills and, in a second loop,
// queues the failed ones again.
type Dispatcher struct {
	Links Links
	Bills Bills
}

// Start runs both loops until the process ends.
func (d *Dispatcher) Start(ctx context.Context) {
	go d.open(ctx)
	go d.requeue(ctx)
}

func (d *Dispatcher) open(ctx context.Context) {
	for {
		var queued []BillRow
		if err := d.Bills.QueuedBills(ctx, &queued); err != nil {
			log.Printf("billing: %v", err)
			time.Sleep(5 * time.Second)
			continue
		}
		for _, b := range queued {
			link, err := d.Links.OpenLink(ctx, request(b))
			if herr := d.Bills.AppendHistory(ctx, b.ID, "open_link"); herr != nil {
				log.Printf("bill %d: history: %v", b.ID, herr)
			}
			if err != nil {
				// a lost answer lands here too: the link may exist
				if ferr := d.Bills.SetBillFailed(ctx, b.ID, err.Error()); ferr != nil {
					log.Printf("bill %d: %v", b.ID, ferr)
				}
				continue
			}
			if err := d.Bills.SetBillSent(ctx, b.ID, link.URL); err != nil {
				log.Printf("bill %d: %v", b.ID, err)
			}
		}
		time.Sleep(10 * time.Second)
	}
}

// requeue sets every failed bill queued again, once a minute.
func (d *Dispatcher) requeue(ctx context.Context) {
	for {
		var failed []BillRow
		if err := d.Bills.FailedBills(ctx, &failed); err != nil {
			time.Sleep(10 * time.Second)
			continue
		}
		for _, b := range failed {
			if err := d.Bills.SetBillQueued(ctx, b.ID); err != nil {
				log.Printf("bill %d: requeue: %v", b.ID, err)
			}
		}
		time.Sleep(time.Minute)
	}
}
