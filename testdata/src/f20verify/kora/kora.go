// Package kora is a merchant's resty client for a card gateway that
// verifies charges by the gateway's id or by the merchant's reference.
package kora

import (
	"context"
	"fmt"

	"github.com/go-resty/resty/v2"
)

// Gateway talks to the card gateway.
type Gateway struct {
	http *resty.Client
}

// NewGateway returns a gateway client.
func NewGateway(key string) *Gateway {
	return &Gateway{http: resty.New().SetBaseURL("https://api.kora.example/v1").SetAuthToken(key)}
}

// Charge is the gateway's charge.
type Charge struct {
	ID        string `json:"id"`
	Reference string `json:"reference"`
	State     string `json:"state"` // success, failed, processing
}

func result(resp *resty.Response, err error) (*Charge, error) {
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("kora: %d", resp.StatusCode())
	}
	c, _ := resp.Result().(*Charge)
	return c, nil
}

// Verify asks the gateway what became of a charge.
func (g *Gateway) Verify(ctx context.Context, chargeID string) (*Charge, error) {
	return result(g.http.R().SetContext(ctx).SetResult(&Charge{}).Get("/charges/" + chargeID + "/verify"))
}

// VerifyReference asks the same by the merchant's reference.
func (g *Gateway) VerifyReference(ctx context.Context, ref string) (*Charge, error) {
	return result(g.http.R().SetContext(ctx).SetQueryParam("merchant_reference", ref).SetResult(&Charge{}).Get("/charges/verify_by_reference"))
}

// VerificationDocuments lists the KYC documents of a charge's card
// holder: under the verify action, not the charge's state.
func (g *Gateway) VerificationDocuments(ctx context.Context, chargeID string) (*Charge, error) {
	return result(g.http.R().SetContext(ctx).Get("/charges/" + chargeID + "/verify/documents"))
}

// ChargesFor lists the charges of a reference: a filter of a list.
func (g *Gateway) ChargesFor(ctx context.Context, ref string) (*Charge, error) {
	return result(g.http.R().SetContext(ctx).SetQueryParam("merchant_reference", ref).Get("/charges"))
}

// SearchVerified searches verifications by reference and page: two
// parameters make a search, not a read of one charge.
func (g *Gateway) SearchVerified(ctx context.Context, ref, page string) (*Charge, error) {
	return result(g.http.R().SetContext(ctx).SetQueryParam("merchant_reference", ref).SetQueryParam("page", page).Get("/charges/verify_by_reference"))
}
