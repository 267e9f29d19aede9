// Package riderpayout pays riders and restaurants through the
// RazorpayX-style payouts API (POST /v1/payouts).
package riderpayout

import "time"

type Payout struct {
	ID          string
	FundAccount string
	AmountPaise int64
	Purpose     string // "payout" for riders, "vendor bill" for restaurants
	Status      string
	CreatedAt   time.Time
}

type payoutBody struct {
	AccountNumber string `json:"account_number"`
	FundAccountID string `json:"fund_account_id"`
	Amount        int64  `json:"amount"`
	Currency      string `json:"currency"`
	Mode          string `json:"mode"`
	Purpose       string `json:"purpose"`
	ReferenceID   string `json:"reference_id"`
}
