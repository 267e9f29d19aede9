// Command payoutd runs the payout tasks on the bank's client.
package main

import (
	"context"
	"log"

	machinery "github.com/RichardKnop/machinery/v2"

	"port13sweep/bankapi"
	"port13sweep/payouts"
)

type memStore struct{}

func (memStore) ListQueued(ctx context.Context) ([]payouts.Payout, error) { return nil, nil }
func (memStore) Get(ctx context.Context, id string) (payouts.Payout, error) {
	return payouts.Payout{}, nil
}
func (memStore) SetSent(ctx context.Context, id, ref string) error { return nil }
func (memStore) MarkSending(ctx context.Context, id string) error  { return nil }

func main() {
	var srv machinery.Server
	if err := payouts.NewTasks(bankapi.New(), memStore{}).Register(&srv); err != nil { // want `payouts.Tasks calls payouts.Bank.CreatePayout \(sweeps.go:\d+\), retried by a machinery sweep task that re-selects pending rows \(line \d+\), bound here to bankapi.Client.CreatePayout \(POST .*\), with an idempotency key made anew on every attempt \(uuid.New\(\), line \d+\)`
		log.Fatal(err)
	}
	bank, store := bankapi.New(), memStore{}
	_ = (&payouts.OneTask{Bank: bank, Store: store}).Register(&srv)
	_ = (&payouts.KeyedTasks{Bank: bank, Store: store}).Register(&srv)
	_ = (&payouts.ClaimTasks{Bank: bank, Store: store}).Register(&srv)
}
