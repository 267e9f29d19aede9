// Package sepaout sends SEPA credit transfers through a German bank's
// REST API, retried by a helper of its own.
package sepaout

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/google/uuid"
)

type Auftrag struct {
	EmpfaengerIBAN string `json:"empfaenger_iban"`
	Betrag         string `json:"betrag"`
	Zweck          string `json:"verwendungszweck"`
}

type Bank struct {
	base string
	hc   *http.Client
}

var errNochmal = errors.New("nochmal")

// nochmal calls fn until it succeeds, at most n times, waiting longer
// each time.
func nochmal(n int, fn func() error) error {
	var err error
	for i := 1; i <= n; i++ {
		if err = fn(); err == nil {
			return nil
		}
		time.Sleep(time.Duration(i*i) * time.Second)
	}
	return err
}

func (b *Bank) send(ctx context.Context, a Auftrag, nr string) error {
	body, _ := json.Marshal(a)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/ueberweisungen", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("X-Auftragsnummer", nr)
	resp, err := b.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return errNochmal
	}
	return nil
}

// --- reported: the order number drawn anew inside the retried closure ---

func (b *Bank) Ueberweisen(ctx context.Context, a Auftrag) error {
	return nochmal(4, func() error {
		return b.send(ctx, a, "AU-"+uuid.NewString()) // want `sepaout.Bank.send \(POST /ueberweisungen\) is retried by nochmal \(line 63\) with an idempotency key made anew on every attempt`
	})
}

// --- silent: drawn once, before the retry ---

func (b *Bank) UeberweisenEinmal(ctx context.Context, a Auftrag) error {
	nr := "AU-" + uuid.NewString()
	return nochmal(4, func() error {
		return b.send(ctx, a, nr)
	})
}
