// Package adyen is a stub of github.com/adyen/adyen-go-api-library/v21/src/adyen.
package adyen

import (
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
)

type APIClient struct {
	client   *common.Client
	checkout *checkout.APIClient
}

func NewClient(cfg *common.Config) *APIClient { panic("stub") }

func (c *APIClient) Checkout() *checkout.APIClient { panic("stub") }
