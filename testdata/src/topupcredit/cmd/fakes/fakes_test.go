package fakes

import (
	"net/http/httptest"
	"testing"

	"gorm.io/gorm"

	"topupcredit/hooks"
	"topupcredit/wallet"
)

func TestFunds(t *testing.T) {
	gdb, _ := gorm.Open(nil)
	h := hooks.NewRevolut("test", wallet.NewCards(gdb), nil)
	rec := httptest.NewRecorder()
	h.Funds(rec, httptest.NewRequest("POST", "/webhooks/revolut/funds", nil))
}
