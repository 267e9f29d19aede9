// Command renewd runs the renewal workers on the keyless Mollie-style
// client.
package main

import (
	"context"

	"port13rows/adyenpsp"
	"port13rows/mailer"
	"port13rows/renewals"
	"port13rows/restpsp"
)

type memStore struct{}

func (memStore) ListUnpaid(ctx context.Context) ([]renewals.Sub, error) { return nil, nil }
func (memStore) SetPaid(ctx context.Context, id, ref string) error      { return nil }
func (memStore) MarkProcessing(ctx context.Context, id string) error    { return nil }

func main() {
	ctx := context.Background()
	subs := memStore{}
	go renewals.NewRenewer(restpsp.New(), subs).Run(ctx)             // want `renewals.Renewer calls renewals.Collector.Collect \(renewals.go:\d+\), retried by a worker loop that re-selects pending rows through collectOne \(line \d+\), bound here to restpsp.Client.Collect \(POST .*\), without an idempotency key`
	fresh := &renewals.FreshRenewer{PSP: adyenpsp.New(), Subs: subs} // want `renewals.FreshRenewer calls renewals.Collector.Collect \(renewals.go:\d+\), retried by a worker loop that re-selects pending rows through charge \(line \d+\), bound here to adyenpsp.Client.Collect \(POST .*\), with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
	go fresh.Run(ctx)
	go (&renewals.ClaimingRenewer{PSP: restpsp.New(), Subs: subs}).Run(ctx)
	_ = (&renewals.OnceRenewer{PSP: restpsp.New(), Subs: subs}).RunOnce(ctx)
	go (&renewals.Reminder{Notify: mailer.New("smtp:25"), Subs: subs}).Run(ctx)
	select {}
}
