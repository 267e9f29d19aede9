// Command renewkeyed runs the same worker on the Adyen-style client,
// which sends the renewal's own key on every tick: silent.
package main

import (
	"context"

	"port13rows/adyenpsp"
	"port13rows/renewals"
)

type memStore struct{}

func (memStore) ListUnpaid(ctx context.Context) ([]renewals.Sub, error) { return nil, nil }
func (memStore) SetPaid(ctx context.Context, id, ref string) error      { return nil }
func (memStore) MarkProcessing(ctx context.Context, id string) error    { return nil }

func main() {
	renewals.NewRenewer(adyenpsp.New(), memStore{}).Run(context.Background())
}
