// Package remit: a remittance provider's API, reached through resty and
// go-retryablehttp, that dedupes a transfer on Request-Reference (or
// X-Correlation-Id, X-Request-Reference) rather than Idempotency-Key. The
// caller's reference under such a header, set through SetHeader,
// SetHeaders or on a retryablehttp request, keys the retried write
// (silent); a tenant, a token or a new id per attempt under any header,
// and a reference-named header on a client whose other requests carry an
// Idempotency-Key, are retries without a key (reported).
package remit

import (
	"context"
	"fmt"
	"net/http"

	"github.com/cenkalti/backoff/v4"
	"github.com/go-resty/resty/v2"
	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"
)

const refHeader = "Request-Reference"

type Remit struct {
	rc     *resty.Client
	rh     *retryablehttp.Client
	base   string
	tenant string
}

func New(base, tenant string) *Remit {
	return &Remit{
		rc:     resty.New().SetBaseURL(base).SetRetryCount(3),
		rh:     &retryablehttp.Client{HTTPClient: &http.Client{}, RetryMax: 4},
		base:   base,
		tenant: tenant,
	}
}

type Transfer struct {
	Ref   string `json:"-"`
	IBAN  string `json:"iban"`
	Cents int64  `json:"cents"`
}

// Look-alike: resty retries on its own; the transfer's reference goes out
// under a constant reference header on every retry.
func (m *Remit) Send(ctx context.Context, t Transfer) error {
	resp, err := m.rc.R().SetContext(ctx).
		SetHeader("X-Tenant", m.tenant).
		SetHeader(refHeader, t.Ref).
		SetBody(t).
		Post("/v2/transfers")
	if err != nil {
		return err
	}
	if resp.StatusCode() >= 300 {
		return fmt.Errorf("transfer %s: %s", t.Ref, resp.Status())
	}
	return nil
}

// Look-alike: a backoff operation sends the caller's correlation id in a
// header map.
func (m *Remit) Return(ctx context.Context, transferID, correlationID string, cents int64) error {
	op := func() error {
		resp, err := resty.New().R().SetContext(ctx).
			SetHeaders(map[string]string{"X-Correlation-Id": correlationID, "Accept": "application/json"}).
			SetBody(map[string]any{"cents": cents}).
			Post(m.base + "/v2/transfers/" + transferID + "/returns")
		if err != nil {
			return err
		}
		if resp.StatusCode() >= 500 {
			return fmt.Errorf("return: %s", resp.Status())
		}
		return nil
	}
	return backoff.Retry(op, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
}

// Look-alike: a retryablehttp request carrying the caller's reference.
func (m *Remit) Settle(ctx context.Context, ref string, t Transfer) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, m.base+"/v2/settlements", t)
	if err != nil {
		return err
	}
	req.Header.Set("X-Request-Reference", ref)
	resp, err := m.rh.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

// Reported: resty retries the transfer with only the tenant and a token.
func (m *Remit) SendTenant(ctx context.Context, t Transfer) error {
	_, err := m.rc.R().SetContext(ctx). // want `POST /v2/transfers is retried by the resty client with SetRetryCount\(3\) \(line 33\) without an idempotency key`
						SetHeaders(map[string]string{"X-Tenant-Id": m.tenant, "X-Api-Version": "2024-01"}).
						SetBody(t).
						Post("/v2/transfers")
	return err
}

// Reported: each backoff attempt sends a new correlation id.
func (m *Remit) ReturnTraced(ctx context.Context, transferID string, cents int64) error {
	return backoff.Retry(func() error {
		resp, err := resty.New().R().SetContext(ctx). // want `POST /v2/transfers/\{\}/returns is retried by backoff\.Retry \(line 108\) without an idempotency key`
								SetHeader("X-Correlation-Id", uuid.NewString()).
								SetBody(map[string]any{"cents": cents}).
								Post(m.base + "/v2/transfers/" + transferID + "/returns")
		if err != nil {
			return err
		}
		if resp.StatusCode() >= 500 {
			return fmt.Errorf("return: %s", resp.Status())
		}
		return nil
	}, backoff.NewExponentialBackOff())
}
