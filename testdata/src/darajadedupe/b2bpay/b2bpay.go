// Package b2bpay settles suppliers' tills through Daraja's B2B API with
// resty. Daraja dedupes a B2B (and B2C) request on its
// OriginatorConversationID: the same id sent again is the same payment.
package b2bpay

import (
	"context"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/google/uuid"
)

type Gateway struct {
	rc        *resty.Client
	initiator string
	cred      string
	shortcode string
	resultURL string
}

type Settlement struct {
	Till   string
	Amount int64
	Ref    string
}

type b2bBody struct {
	OriginatorConversationID string `json:"OriginatorConversationID"`
	Initiator                string `json:"Initiator"`
	SecurityCredential       string `json:"SecurityCredential"`
	CommandID                string `json:"CommandID"`
	SenderIdentifierType     string `json:"SenderIdentifierType"`
	RecieverIdentifierType   string `json:"RecieverIdentifierType"`
	Amount                   int64  `json:"Amount"`
	PartyA                   string `json:"PartyA"`
	PartyB                   string `json:"PartyB"`
	AccountReference         string `json:"AccountReference"`
	ResultURL                string `json:"ResultURL"`
}

// body builds the B2B request; the originator id is drawn here.
func (g *Gateway) body(s Settlement) *b2bBody {
	return &b2bBody{
		OriginatorConversationID: uuid.New().String(),
		Initiator:                g.initiator,
		SecurityCredential:       g.cred,
		CommandID:                "BusinessPayBill",
		SenderIdentifierType:     "4",
		RecieverIdentifierType:   "4",
		Amount:                   s.Amount,
		PartyA:                   g.shortcode,
		PartyB:                   s.Till,
		AccountReference:         s.Ref,
		ResultURL:                g.resultURL,
	}
}

// bodyWith builds the same request around an originator id drawn once.
func (g *Gateway) bodyWith(s Settlement, originator string) *b2bBody {
	return &b2bBody{
		OriginatorConversationID: originator,
		Initiator:                g.initiator,
		SecurityCredential:       g.cred,
		CommandID:                "BusinessPayBill",
		Amount:                   s.Amount,
		PartyA:                   g.shortcode,
		PartyB:                   s.Till,
		AccountReference:         s.Ref,
		ResultURL:                g.resultURL,
	}
}

// --- reported: a new originator id on every pass ---

func (g *Gateway) Settle(ctx context.Context, s Settlement) error {
	var err error
	for pass := 1; pass <= 4; pass++ {
		var resp *resty.Response
		resp, err = g.rc.R().SetContext(ctx).SetBody(g.body(s)).Post("/mpesa/b2b/v1/paymentrequest") // want `POST /mpesa/b2b/v1/paymentrequest is retried by a for loop \(line 79\) but body makes a new idempotency key on every call`
		if err == nil && resp.StatusCode() == 200 {
			return nil
		}
		time.Sleep(time.Duration(pass*pass) * time.Second)
	}
	return fmt.Errorf("b2b: %w", err)
}

// --- silent: the request built once, its originator id fixed ---

func (g *Gateway) SettleOnce(ctx context.Context, s Settlement) error {
	req := g.body(s)
	var err error
	for pass := 1; pass <= 4; pass++ {
		var resp *resty.Response
		resp, err = g.rc.R().SetContext(ctx).SetBody(req).Post("/mpesa/b2b/v1/paymentrequest")
		if err == nil && resp.StatusCode() == 200 {
			return nil
		}
		time.Sleep(time.Duration(pass*pass) * time.Second)
	}
	return fmt.Errorf("b2b: %w", err)
}

// --- silent: the originator id drawn once and handed to the builder ---

func (g *Gateway) SettleWith(ctx context.Context, s Settlement) error {
	originator := uuid.NewString()
	var err error
	for pass := 1; pass <= 4; pass++ {
		var resp *resty.Response
		resp, err = g.rc.R().SetContext(ctx).SetBody(g.bodyWith(s, originator)).Post("/mpesa/b2b/v1/paymentrequest")
		if err == nil && resp.StatusCode() == 200 {
			return nil
		}
		time.Sleep(time.Duration(pass*pass) * time.Second)
	}
	return fmt.Errorf("b2b: %w", err)
}

// --- silent: the till's balance asked again with a fresh originator id ---

type balanceQuery struct {
	OriginatorConversationID string `json:"OriginatorConversationID"`
	Initiator                string `json:"Initiator"`
	SecurityCredential       string `json:"SecurityCredential"`
	CommandID                string `json:"CommandID"`
	PartyA                   string `json:"PartyA"`
	IdentifierType           string `json:"IdentifierType"`
	Remarks                  string `json:"Remarks"`
	ResultURL                string `json:"ResultURL"`
}

func (g *Gateway) Balance(ctx context.Context) error {
	var err error
	for pass := 1; pass <= 3; pass++ {
		q := balanceQuery{
			OriginatorConversationID: uuid.NewString(),
			Initiator:                g.initiator,
			SecurityCredential:       g.cred,
			CommandID:                "AccountBalance",
			PartyA:                   g.shortcode,
			IdentifierType:           "4",
			Remarks:                  "daily float check",
			ResultURL:                g.resultURL,
		}
		var resp *resty.Response
		resp, err = g.rc.R().SetContext(ctx).SetBody(q).Post("/mpesa/accountbalance/v1/query")
		if err == nil && resp.StatusCode() == 200 {
			return nil
		}
		time.Sleep(time.Duration(pass) * 2 * time.Second)
	}
	return err
}
