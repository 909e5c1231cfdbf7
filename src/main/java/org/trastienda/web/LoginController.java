package org.trastienda.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
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
	String login(Model model) {
		model.addAttribute("demoLogins", demoLogins.getIfAvailable(() -> List::of).list());
		return "login";
	}
}
