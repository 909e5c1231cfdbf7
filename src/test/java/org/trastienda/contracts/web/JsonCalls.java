package org.trastienda.contracts.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trastienda.identity.TestAccounts;
import org.trastienda.identity.UserSummary;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API calls for tests: signed in as a user, with a JSON body when there is one. MockMvc
 * is looked up at the call: contexts of browser tests, which share this component, have none.
 */
@Component
public class JsonCalls {

	private final ObjectProvider<MockMvc> mvc;

	private final TestAccounts accounts;

	private final JsonMapper json;

	JsonCalls(ObjectProvider<MockMvc> mvc, TestAccounts accounts, JsonMapper json) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.json = json;
	}

	public ResultActions send(MockHttpServletRequestBuilder request, UserSummary user, Object body) throws Exception {
		request.with(accounts.as(user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		return mvc.getObject().perform(request);
	}

	/** The answer's body as a tree. */
	public JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}
}
