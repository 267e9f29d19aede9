// Package pharmacy pays the partner pharmacy's monthly statements through
// the clinic's bank API.
package pharmacy

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"audit13/clinic/domain"
	"audit13/clinic/platform"
)

// transferRequest is the bank's credit transfer body. The bank treats
// requestReference as the duplicate key of a transfer.
type transferRequest struct {
	RequestReference string `json:"requestReference"`
	DebtorAccount    string `json:"debtorAccount"`
	CreditorIBAN     string `json:"creditorIban"`
	AmountMinor      int64  `json:"amountMinor"`
	Currency         string `json:"currency"`
	Remittance       string `json:"remittanceInformation"`
}

type transferResponse struct {
	TransferID string `json:"transferId"`
	Status     string `json:"status"` // ACCEPTED, PROCESSING, COMPLETED, REJECTED, RETURNED
}

// Bank is a client for the bank's payments API.
type Bank struct {
	base    string
	token   string
	account string
	hc      *http.Client
}

// NewBank returns a bank client debiting account.
func NewBank(base, token, account string) *Bank {
	return &Bank{base: base, token: token, account: account, hc: &http.Client{Timeout: 30 * time.Second}}
}

var _ domain.PharmacyPayer = (*Bank)(nil)

func (b *Bank) send(ctx context.Context, method, path string, body any) (*http.Response, error) {
	var rd io.Reader
	if body != nil {
		buf, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rd = bytes.NewReader(buf)
	}
	req, err := http.NewRequestWithContext(ctx, method, b.base+path, rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+b.token)
	req.Header.Set("Content-Type", "application/json")
	return b.hc.Do(req)
}

func (b *Bank) transfer(ctx context.Context, tr transferRequest) (*transferResponse, error) {
	resp, err := b.send(ctx, http.MethodPost, "/v2/payments/credit-transfers", tr)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
		return nil, fmt.Errorf("bank: %d", resp.StatusCode)
	}
	if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
		return nil, platform.Permanent{Err: fmt.Errorf("bank: transfer refused: %d", resp.StatusCode)}
	}
	var out transferResponse
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

func (b *Bank) buildTransfer(st domain.Statement) transferRequest {
	return transferRequest{
		RequestReference: fmt.Sprintf("rx-%s-%s", st.PartnerID, time.Now().UTC().Format("20060102T150405")),
		DebtorAccount:    b.account,
		CreditorIBAN:     st.IBAN,
		AmountMinor:      st.AmountCents,
		Currency:         "EUR",
		Remittance:       "Statement " + st.Month,
	}
}

// PayStatement pays a partner's monthly statement.
func (b *Bank) PayStatement(ctx context.Context, st domain.Statement) (string, error) {
	res, err := platform.Retry(ctx, 4, func(ctx context.Context) (*transferResponse, error) {
		return b.transfer(ctx, b.buildTransfer(st)) // want "\\[idempotency\\] pharmacy.Bank.transfer \\(POST /v2/payments/credit-transfers\\) is retried by platform.Retry \\(line 96\\)"
	})
	if err != nil {
		return "", err
	}
	return res.TransferID, nil
}

// Adjustment is a one-off credit owed to the pharmacy (returned stock, a
// dispensing fee that was missed on a statement).
type Adjustment struct {
	ID          string
	IBAN        string
	AmountCents int64
	Memo        string
}

// PayAdjustment sends one adjustment, under a reference derived from it.
func (b *Bank) PayAdjustment(ctx context.Context, adj Adjustment) (string, error) {
	tr := transferRequest{
		RequestReference: "adj-" + adj.ID,
		DebtorAccount:    b.account,
		CreditorIBAN:     adj.IBAN,
		AmountMinor:      adj.AmountCents,
		Currency:         "EUR",
		Remittance:       adj.Memo,
	}
	wait := time.Second
	for attempt := 1; attempt <= 4; attempt++ {
		resp, err := b.send(ctx, http.MethodPost, "/v2/payments/credit-transfers", tr)
		if err == nil && resp.StatusCode == http.StatusCreated { // want "\\[retrystatus\\] POST /v2/payments/credit-transfers is retried by a for loop \\(line 125\\): every non-2xx status is retried"
			defer resp.Body.Close()
			var out transferResponse
			if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
				return "", err
			}
			return out.TransferID, nil
		}
		if resp != nil {
			resp.Body.Close()
		}
		time.Sleep(wait)
		wait *= 3
	}
	return "", fmt.Errorf("bank: adjustment %s not accepted", adj.ID)
}

// AwaitTransfer follows a transfer until the bank completed or rejected it.
func (b *Bank) AwaitTransfer(ctx context.Context, transferID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Hour)
	defer cancel()
	wait := 5 * time.Second
	for {
		resp, err := b.send(ctx, http.MethodGet, "/v2/payments/credit-transfers/"+transferID, nil)
		if err != nil {
			return "", err
		}
		var tr transferResponse
		err = json.NewDecoder(resp.Body).Decode(&tr)
		resp.Body.Close()
		if err != nil {
			return "", err
		}
		switch tr.Status {
		case "COMPLETED", "REJECTED", "RETURNED":
			return tr.Status, nil
		}
		select {
		case <-ctx.Done():
			return "PROCESSING", ctx.Err()
		case <-time.After(wait):
		}
		if wait < 10*time.Minute {
			wait *= 2
		}
	}
}
