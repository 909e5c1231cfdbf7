package org.trastienda.verifactu.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.verifactu.ChainVerification;
import org.trastienda.verifactu.VerifactuChain;

/** The VERI*FACTU chain for API clients: {@code GET /api/v1/verifactu/verify}. */
@RestController
@RequestMapping("/api/v1/verifactu")
class VerifactuApiController {

	private final VerifactuChain chain;

	VerifactuApiController(VerifactuChain chain) {
		this.chain = chain;
	}

	/** Walks every issuer's chain: {@code {valid, records, firstBrokenRecord}}. */
	@GetMapping("/verify")
	@PreAuthorize("hasAnyRole('ADMIN', 'BACK_OFFICE')")
	ChainVerification verify() {
		return chain.verify();
	}
}
