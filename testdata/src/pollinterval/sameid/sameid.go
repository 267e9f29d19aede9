// Package sameid: status reads whose id is recomputed inside the loop
// from values that do not change (decoded from the same invoice string,
// formatted from the same order) read the same payment every round; an
// id taken from a list that advances is a different payment each round.
package sameid

import (
	"context"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/lightningnetwork/lnd/lnrpc"
)

var errUnpaid = errors.New("unpaid")

type state struct{ Status string }

func get(url string) (state, error) {
	var s state
	resp, err := http.Get(url)
	if err != nil {
		return s, err
	}
	defer resp.Body.Close()
	err = json.NewDecoder(resp.Body).Decode(&s)
	return s, err
}

// decodeInvoice takes the payment hash out of an invoice string: the
// same string gives the same hash.
func decodeInvoice(invoice string) []byte {
	_, h, _ := strings.Cut(invoice, ":")
	b, _ := hex.DecodeString(strings.TrimSpace(h))
	return b
}

type Order struct{ ID int64 }

// --- flagged ---

// The hash is decoded again every round from the same invoice string.
func waitDecoded(ctx context.Context, ln lnrpc.LightningClient, invoice string) error {
	for i := 0; i < 600; i++ {
		hash := decodeInvoice(invoice)
		inv, err := ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: hash})
		if err == nil && inv.State == lnrpc.Invoice_SETTLED {
			return nil
		}
		time.Sleep(100 * time.Millisecond) // want `payment status polled every 100ms`
	}
	return errUnpaid
}

// hex.DecodeString of the same string, assigned to a variable declared
// before the loop.
func waitHex(ctx context.Context, ln lnrpc.LightningClient, hashHex string) error {
	var hash []byte
	for i := 0; i < 600; i++ {
		hash, _ = hex.DecodeString(hashHex)
		inv, err := ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: hash})
		if err == nil && inv.State == lnrpc.Invoice_SETTLED {
			return nil
		}
		time.Sleep(200 * time.Millisecond) // want `payment status polled every 200ms`
	}
	return errUnpaid
}

// The id formatted from the same order every round.
func waitFormatted(base string, order Order) error {
	for i := 0; i < 100; i++ {
		id := fmt.Sprintf("inv_%d", order.ID)
		s, err := get(base + "/v1/invoice/" + id)
		if err == nil && s.Status == "paid" {
			return nil
		}
		time.Sleep(300 * time.Millisecond) // want `payment status polled every 300ms`
	}
	return errUnpaid
}

// --- silent ---

// An id taken from a list that advances each round: one read per
// invoice, not a poll.
func checkAll(ctx context.Context, ln lnrpc.LightningClient, invoices []string) int {
	settled := 0
	for i := 0; i < len(invoices); i++ {
		hash := decodeInvoice(invoices[i])
		inv, err := ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: hash})
		if err == nil && inv.State == lnrpc.Invoice_SETTLED {
			settled++
			continue
		}
		time.Sleep(100 * time.Millisecond)
	}
	return settled
}

// Rows scanned one by one: a different invoice each round.
func checkRows(ctx context.Context, ln lnrpc.LightningClient, rows *sql.Rows) error {
	for rows.Next() {
		var invoice string
		if err := rows.Scan(&invoice); err != nil {
			return err
		}
		hash := decodeInvoice(invoice)
		inv, err := ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: hash})
		if err == nil && inv.State == lnrpc.Invoice_SETTLED {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}

var queue []string

// nextInvoice hands out the next queued invoice: a new one each call.
func nextInvoice() string {
	s := queue[0]
	queue = queue[1:]
	return s
}

// The id comes from a function that advances a queue.
func drain(ctx context.Context, ln lnrpc.LightningClient) error {
	for i := 0; i < 100; i++ {
		hash := decodeInvoice(nextInvoice())
		inv, err := ln.LookupInvoice(ctx, &lnrpc.PaymentHash{RHash: hash})
		if err == nil && inv.State == lnrpc.Invoice_SETTLED {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}

// The id variable advances with the round's counter.
func walk(base string, first int) error {
	id := first
	for i := 0; i < 100; i++ {
		id = id + 1
		s, err := get(fmt.Sprintf("%s/v1/invoice/inv_%d", base, id))
		if err == nil && s.Status == "paid" {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil
}
