// Package cobrancapoll polls a Portuguese-speaking gateway's charge
// through an envelope ({"dados": {...}}): the charge's type says what was
// read.
package cobrancapoll

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Client calls the gateway.
type Client struct {
	base string
	hc   *http.Client
}

// PixCharge is a Pix charge.
type PixCharge struct {
	TxID   string `json:"txid"`
	Status string `json:"status"`
}

func (c *Client) pix(ctx context.Context, txid string) (*PixCharge, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v2/cob/"+txid, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("cob %s: %s", txid, resp.Status)
	}
	var env struct {
		Dados PixCharge `json:"dados"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return nil, err
	}
	return &env.Dados, nil
}

// WaitPaid: the mistake. It polls the charge every 5s with no bound and
// goes round on read errors: a charge that never completes is polled
// forever.
func (c *Client) WaitPaid(ctx context.Context, txid string) error {
	for { // want `loop polling payment txid has no bound: no ctx.Done\(\), deadline, attempt cap or timeout, and read errors are swallowed \(line 54\)`
		ch, err := c.pix(ctx, txid)
		if err != nil {
			continue
		}
		switch ch.Status {
		case "CONCLUIDA":
			return nil
		case "REMOVIDA_PELO_USUARIO_RECEBEDOR", "REMOVIDA_PELO_PSP":
			return fmt.Errorf("cob %s removed", txid)
		}
		time.Sleep(5 * time.Second)
	}
}

// Await: a look-alike under a deadline: silent.
func (c *Client) Await(ctx context.Context, txid string) error {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Minute)
	defer cancel()
	for {
		ch, err := c.pix(ctx, txid)
		if err != nil {
			return err
		}
		switch ch.Status {
		case "CONCLUIDA":
			return nil
		case "REMOVIDA_PELO_USUARIO_RECEBEDOR", "REMOVIDA_PELO_PSP":
			return fmt.Errorf("cob %s removed", txid)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}
