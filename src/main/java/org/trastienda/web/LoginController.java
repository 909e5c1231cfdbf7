package org.trastienda.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; open to everyone. */
@Controller
class LoginController {

	private final ObjectProvider<DemoLogins> demoLogins;

	LoginController(ObjectProvider<DemoLogins> demoLogins) {
		this.demoLogins = demoLogins;
	}

	@GetMapping("/login")
	@PreAuthorize("permitAll()")
	String login(Model model) {
		model.addAttribute("demoLogins", demoLogins.getIfAvailable(() -> List::of).list());
		return "login";
	}
}
