// Package money holds the types the shop and its gateways share.
package money

// Collection is a gateway's view of a payment.
type Collection struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}
