// Package kakaopay is a client for the KakaoPay online single payment API.
package kakaopay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Order statuses of /online/v1/payment/order.
const (
	Ready       = "READY"
	SendTMS     = "SEND_TMS"
	OpenPayment = "OPEN_PAYMENT"
	Selected    = "SELECT_METHOD"
	AuthPass    = "AUTH_PASSWORD"
	Success     = "SUCCESS_PAYMENT"
	Cancel      = "CANCEL_PAYMENT"
	Fail        = "FAIL_PAYMENT"
	QuitPayment = "QUIT_PAYMENT"
)

// Client calls open-api.kakaopay.com with a secret key.
type Client struct {
	base   string
	secret string
	cid    string
	hc     *http.Client
}

// New returns a client for the given CID.
func New(base, secret, cid string) *Client {
	return &Client{base: base, secret: secret, cid: cid, hc: &http.Client{Timeout: 10 * time.Second}}
}

// ReadyRequest starts a payment.
type ReadyRequest struct {
	CID            string `json:"cid"`
	PartnerOrderID string `json:"partner_order_id"`
	PartnerUserID  string `json:"partner_user_id"`
	ItemName       string `json:"item_name"`
	Quantity       int    `json:"quantity"`
	TotalAmount    int64  `json:"total_amount"`
	TaxFreeAmount  int64  `json:"tax_free_amount"`
	ApprovalURL    string `json:"approval_url"`
	CancelURL      string `json:"cancel_url"`
	FailURL        string `json:"fail_url"`
}

// ReadyResponse carries the tid and the redirect URLs.
type ReadyResponse struct {
	TID               string `json:"tid"`
	NextRedirectPCURL string `json:"next_redirect_pc_url"`
	NextRedirectMURL  string `json:"next_redirect_mobile_url"`
}

// ApproveResponse is the result of an approval.
type ApproveResponse struct {
	AID            string `json:"aid"`
	TID            string `json:"tid"`
	PartnerOrderID string `json:"partner_order_id"`
	Amount         struct {
		Total int64 `json:"total"`
	} `json:"amount"`
	ApprovedAt string `json:"approved_at"`
}

// OrderInfo is the answer of the order status query.
type OrderInfo struct {
	TID    string `json:"tid"`
	Status string `json:"status"`
	Amount struct {
		Total int64 `json:"total"`
	} `json:"amount"`
}

func (c *Client) post(ctx context.Context, path string, in, out any) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "SECRET_KEY "+c.secret)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("kakaopay %s: http %d", path, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// Ready registers a payment and returns the redirect URLs.
func (c *Client) Ready(ctx context.Context, r ReadyRequest) (*ReadyResponse, error) {
	r.CID = c.cid
	var out ReadyResponse
	return &out, c.post(ctx, "/online/v1/payment/ready", r, &out)
}

// Approve completes the payment with the pg_token KakaoPay appended to the
// approval_url.
func (c *Client) Approve(ctx context.Context, tid, orderID, userID, pgToken string) (*ApproveResponse, error) {
	var out ApproveResponse
	err := c.post(ctx, "/online/v1/payment/approve", map[string]string{
		"cid": c.cid, "tid": tid, "partner_order_id": orderID, "partner_user_id": userID, "pg_token": pgToken,
	}, &out)
	return &out, err
}

// Order reads the state of a payment.
func (c *Client) Order(ctx context.Context, tid string) (*OrderInfo, error) {
	var out OrderInfo
	return &out, c.post(ctx, "/online/v1/payment/order", map[string]string{"cid": c.cid, "tid": tid}, &out)
}
