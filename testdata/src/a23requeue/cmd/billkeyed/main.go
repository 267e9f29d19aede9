// Command billkeyed runs the same dispatcher on a client keyed by the
// bill's reference: every pass sends the same key.
package main

import (
	"context"

	"a23requeue/billing"
	"a23requeue/keyedpay"
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
	(&billing.Dispatcher{Links: keyedpay.New(), Bills: memBills{}}).Start(context.Background())
	select {}
}
