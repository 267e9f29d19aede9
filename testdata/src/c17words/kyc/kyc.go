// Package kyc submits an uploaded identity document to a vendor's check
// and, once the vendor accepts it, opens the customer's wallet. It
// verifies a customer's papers, not a sender's signature.
package kyc

import (
	"errors"
	"net/http"
	"strings"
)

// ErrRejected: the vendor refused the document.
var ErrRejected = errors.New("document rejected")

// Wallets opens customers' wallets.
type Wallets struct {
	open map[string]bool
}

// ActivateWallet opens the customer's wallet for use.
func (w *Wallets) ActivateWallet(customerID string) error {
	w.open[customerID] = true
	return nil
}

// Checker calls the vendor's document API.
type Checker struct {
	BaseURL string
	Client  *http.Client
	Wallets *Wallets
}

// Review is what the customer is told.
type Review struct {
	Customer string
	Clear    bool
}

// VerifyDocument submits the document to the vendor's check and, when the
// vendor accepts it, opens the customer's wallet.
func (k *Checker) VerifyDocument(docID, customerID string) (*Review, error) {
	resp, err := k.Client.Post(k.BaseURL+"/checks", "application/json", strings.NewReader(`{"document":"`+docID+`"}`))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return nil, ErrRejected
	}
	if err := k.Wallets.ActivateWallet(customerID); err != nil {
		return nil, err
	}
	return &Review{Customer: customerID, Clear: true}, nil
}
