// Command web mounts the notification routes.
package main

import (
	"os"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"m19rowfield/billing"
	"m19rowfield/hooks"
	"m19rowfield/readback"
	"m19rowfield/sigkey"
)

func main() {
	var db *gorm.DB
	h := &hooks.Hooks{Settle: billing.NewSettler(db), Draft: billing.NewDrafter(db),
		Confirm: readback.NewConfirmer(db), Sig: sigkey.Checker{ServerKey: os.Getenv("MIDTRANS_SERVER_KEY")}}
	e := echo.New()
	e.POST("/midtrans/notify", h.MidtransNotify)
	e.POST("/midtrans/notify-signed", h.MidtransNotifySigned)
	e.POST("/midtrans/notify-readback", h.MidtransNotifyReadBack)
	e.POST("/midtrans/notify-draft", h.MidtransNotifyDraft)
	e.POST("/midtrans/notify-log", h.MidtransNotifyLog)
	_ = e.Start(":8080")
}
