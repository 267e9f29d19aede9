// Package adyenpay authorises, captures and refunds through Adyen Checkout.
package adyenpay

import (
	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
)

// Service is built once in main and shared by the handlers.
type Service struct {
	api      *checkout.APIClient
	merchant string
}

// NewService wires the Adyen client for the live or test environment.
func NewService(apiKey, merchant string, live bool) *Service {
	env := common.Environment("TEST")
	if live {
		env = common.Environment("LIVE")
	}
	client := adyen.NewClient(&common.Config{ApiKey: apiKey, MerchantAccount: merchant, Environment: env})
	return &Service{api: client.Checkout(), merchant: merchant}
}

// Purchase is what the basket hands over.
type Purchase struct {
	MerchantReference string
	Amount            int64
	Currency          string
}
