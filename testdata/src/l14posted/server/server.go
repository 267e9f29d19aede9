// Package server mounts the gateway's notifications.
package server

import (
	"github.com/labstack/echo/v4"

	"l14posted/cryptoipn"
)

func Routes(e *echo.Echo) {
	e.POST("/ipn/crypto", cryptoipn.CryptoIPN) // want `payment webhook handler cryptoipn.CryptoIPN .* acts on the payment \(the posted status stored as order.payment_status by orderdb.DB.SaveOrder\)`
	e.POST("/ipn/crypto/checked", cryptoipn.CryptoIPNChecked)
	e.POST("/ipn/crypto/signed", cryptoipn.CryptoIPNSigned)
}
