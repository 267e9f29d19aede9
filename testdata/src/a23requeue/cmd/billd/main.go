// Command billd runs the bill dispatchers on the keyless link client.
package main

import (
	"context"

	"a23requeue/billing"
	"a23requeue/molliepay"
)

type memBills struct{}

func (memBills) QueuedBills(ctx context.Context, out *[]billing.BillRow) error    { return nil }
func (memBills) FailedBills(ctx context.Context, out *[]billing.BillRow) error    { return nil }
func (memBills) SetBillSent(ctx context.Context, id int64, url string) error      { return nil }
func (memBills) SetBillFailed(ctx context.Context, id int64, reason string) error { return nil }
func (memBills) SetBillQueued(ctx context.Context, id int64) error                { return nil }
func (memBills) SetBillArchived(ctx context.Context, id int64) error              { return nil }
func (memBills) AppendHistory(ctx context.Context, id int64, what string) error   { return nil }

func main() {
	ctx := context.Background()
	d := &billing.Dispatcher{Links: molliepay.New("tok"), Bills: memBills{}} // want `billing.Dispatcher calls billing.Links.OpenLink`
	d.Start(ctx)
	links := molliepay.New("tok")
	go (&billing.Operator{Links: links, Bills: memBills{}}).Run(ctx)
	(&billing.Archiver{Links: links, Bills: memBills{}}).Run(ctx)
}
