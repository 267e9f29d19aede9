// Command api serves the invoice callbacks on the live store.
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"m19open/delivery"
	"m19open/store"
	"m19open/usecase"
)

func staffSession(c *gin.Context) {
	if c.GetHeader("X-Staff-Session") == "" {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.Next()
}

func main() {
	var db *gorm.DB
	invoices := usecase.New(store.New(db))
	r := gin.New()
	delivery.Mount(r, invoices) // want `payment webhook delivery.Callbacks.Invoice acts on the payment \(domain.CallbackHandler.Apply \(delivery.go:33\), bound here to usecase.Invoices.Apply: paid state stored as Invoice.Status by domain.InvoiceRepo.Save\) without verifying the provider's signature`
	delivery.MountTokened(r, invoices)
	delivery.MountStaff(r, invoices, staffSession)
	_ = r.Run(":8080")
}
