package shown

func handWritten() {
	charge() // want `charge called`
}
