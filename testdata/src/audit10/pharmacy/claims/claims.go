// Package claims talks to the insurer's claims API and collects the
// patient's co-pay for the part the insurer does not cover.
package claims

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"

	"audit10/pharmacy/domain"
	"audit10/pharmacy/retryx"
)

// Claim is what we send the insurer for a prescription order.
type Claim struct {
	ID          string `json:"id,omitempty"`
	RxOrderID   string `json:"external_ref"`
	MemberID    string `json:"member_id"`
	NDC         string `json:"ndc"`
	Quantity    int    `json:"quantity"`
	BilledMinor int64  `json:"billed_amount"`
	Status      string `json:"status,omitempty"`
	PaidMinor   int64  `json:"insurer_paid_amount,omitempty"`
	CopayMinor  int64  `json:"patient_responsibility,omitempty"`
}

// Adjudication outcomes.
const (
	ClaimSubmitted = "submitted"
	ClaimInReview  = "in_review"
	ClaimApproved  = "approved"
	ClaimPartial   = "partially_approved"
	ClaimDenied    = "denied"
)

// Client is a claims and co-pay client.
type Client struct {
	http     *http.Client
	claims   string // insurer claims API base URL
	payments string // card payments API base URL
	token    string
}

// NewClient returns a Client.
func NewClient(claimsURL, paymentsURL, token string) *Client {
	return &Client{http: &http.Client{Timeout: 20 * time.Second}, claims: claimsURL, payments: paymentsURL, token: token}
}

// SubmitClaim files a claim for a prescription order.
func (c *Client) SubmitClaim(ctx context.Context, cl Claim) (*Claim, error) {
	body, err := json.Marshal(cl)
	if err != nil {
		return nil, err
	}
	key := "claim-" + cl.RxOrderID
	wait := time.Second
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.claims+"/v2/claims", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Bearer "+c.token)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.http.Do(req)
		if err == nil {
			data, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			switch {
			case resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusOK:
				var out Claim
				return &out, json.Unmarshal(data, &out)
			case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			default:
				return nil, &retryx.StatusError{Code: resp.StatusCode, Body: string(data)}
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, fmt.Errorf("claims: submit %s: gave up", cl.RxOrderID)
}

// AwaitAdjudication waits for the insurer's decision. Adjudication takes
// minutes to hours; the caller's context carries the overall deadline.
func (c *Client) AwaitAdjudication(ctx context.Context, claimID string) (*Claim, error) {
	wait := domain.ClaimPollBase
	for attempt := 0; attempt < 60; attempt++ {
		cl, err := c.getClaim(ctx, claimID)
		if err != nil && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if err == nil {
			switch cl.Status {
			case ClaimApproved, ClaimPartial, ClaimDenied:
				return cl, nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		if wait < 5*time.Minute {
			wait *= 2
		}
	}
	return nil, fmt.Errorf("claims: %s still not adjudicated", claimID)
}

func (c *Client) getClaim(ctx context.Context, id string) (*Claim, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.claims+"/v2/claims/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, &retryx.StatusError{Code: resp.StatusCode}
	}
	var cl Claim
	return &cl, json.NewDecoder(resp.Body).Decode(&cl)
}

// CopayPayment is a card payment for the patient's share.
type CopayPayment struct {
	ID          string `json:"id"`
	Status      string `json:"status"`
	AmountMinor int64  `json:"amount"`
}

type copayRequest struct {
	Amount      int64             `json:"amount"`
	Currency    string            `json:"currency"`
	CustomerRef string            `json:"customer"`
	Method      string            `json:"payment_method"`
	Metadata    map[string]string `json:"metadata"`
}

// ChargeCopay charges the patient's saved card for the co-pay.
func (c *Client) ChargeCopay(ctx context.Context, o *domain.RxOrder, cl *Claim, methodID string) (*CopayPayment, error) {
	in := copayRequest{
		Amount:      cl.CopayMinor,
		Currency:    o.Currency,
		CustomerRef: o.PatientID,
		Method:      methodID,
		Metadata:    map[string]string{"rx_order": o.ID, "claim": cl.ID},
	}
	return retryx.Do(ctx, retryx.Default, func(ctx context.Context) (*CopayPayment, error) {
		return c.postPayment(ctx, in) // want "\\[idempotency\\] claims.Client.postPayment \\(POST /v1/payments\\) is retried by retryx.Do \\(line 159\\) but postPayment makes a new idempotency key on every call"
	})
}

func (c *Client) postPayment(ctx context.Context, in copayRequest) (*CopayPayment, error) {
	req, err := c.newPaymentRequest(ctx, "/v1/payments", in)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		b, _ := io.ReadAll(resp.Body)
		return nil, &retryx.StatusError{Code: resp.StatusCode, Body: string(b)}
	}
	var p CopayPayment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

func (c *Client) newPaymentRequest(ctx context.Context, path string, v any) (*http.Request, error) {
	body, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.payments+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", uuid.NewString())
	return req, nil
}

// AwaitCopay waits for a co-pay payment to settle.
func (c *Client) AwaitCopay(ctx context.Context, paymentID string) (*CopayPayment, error) {
	for { // want "\\[pollbound\\] loop polling payment paymentID has no bound"
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.payments+"/v1/payments/"+paymentID, nil)
		req.Header.Set("Authorization", "Bearer "+c.token)
		resp, err := c.http.Do(req)
		if err != nil {
			time.Sleep(3 * time.Second)
			continue
		}
		var p CopayPayment
		err = json.NewDecoder(resp.Body).Decode(&p)
		resp.Body.Close()
		if err == nil && (p.Status == "succeeded" || p.Status == "failed") {
			return &p, nil
		}
		time.Sleep(3 * time.Second)
	}
}

// RefundCopay returns the co-pay when a claim is reversed.
func (c *Client) RefundCopay(ctx context.Context, paymentID, claimID string, amountMinor int64) error {
	body, _ := json.Marshal(map[string]any{"payment": paymentID, "amount": amountMinor, "reason": "claim_reversed"})
	key := "copay-refund-" + claimID
	wait := 2 * time.Second
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.payments+"/v1/refunds", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+c.token)
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.http.Do(req)
		if err != nil || resp.StatusCode != http.StatusCreated { // want "\\[retrystatus\\] POST /v1/refunds is retried by a for loop \\(line 222\\): every non-2xx status is retried"
			if resp != nil {
				resp.Body.Close()
			}
			time.Sleep(wait)
			wait *= 2
			continue
		}
		resp.Body.Close()
		return nil
	}
	return fmt.Errorf("claims: refund of %s failed", paymentID)
}
