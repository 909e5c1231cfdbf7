package org.trastienda.fulfillment.web;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trastienda.IntegrationTest;
import org.trastienda.contracts.ContractFixtures;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.web.JsonCalls;
import org.trastienda.fulfillment.FulfillmentFixtures;
import org.trastienda.fulfillment.GoodsCondition;
import org.trastienda.fulfillment.ReturnData;
import org.trastienda.fulfillment.ReturnLineData;
import org.trastienda.fulfillment.ReturnReason;
import org.trastienda.fulfillment.ReturnView;
import org.trastienda.fulfillment.Returns;
import org.trastienda.fulfillment.ShipmentView;
import org.trastienda.fulfillment.Shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shipments-and-returns register of one contract: 900 screws (net 0.09) and 2 assemblies (25)
 * delivered, 100 screws more still prepared (left out), 100 screws back as defective and one
 * assembly back as the wrong item.
 */
@IntegrationTest
class RegisterApiIntegrationTests {

	@Autowired
	JsonCalls calls;

	@Autowired
	FulfillmentFixtures fixtures;

	@Autowired
	Shipments shipments;

	@Autowired
	Returns returns;

	@AfterEach
	void signOut() {
		fixtures.signOut();
	}

	@Test
	void addsUpShippedAndReturnedQuantitiesValuesAndReturnRatesByContractProductReasonAndMonth() throws Exception {
		var team = fixtures.team();
		ContractView contract = registered(team);
		String today = shipments.today().toString();

		calls.send(register(contract, "CONTRACT"), team.rep(), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].key").value(contract.id().toString()))
			.andExpect(jsonPath("$.rows[0].label").value(contract.number()))
			.andExpect(jsonPath("$.rows[0].currency").value("EUR"))
			.andExpect(jsonPath("$.rows[0].shippedQuantity").value(902.0))
			.andExpect(jsonPath("$.rows[0].shippedValue").value(131.0))
			.andExpect(jsonPath("$.rows[0].returnedQuantity").value(101.0))
			.andExpect(jsonPath("$.rows[0].returnedValue").value(34.0))
			.andExpect(jsonPath("$.rows[0].returnRatePercent").value(11.2))
			.andExpect(jsonPath("$.totals[0].key").value("TOTAL"))
			.andExpect(jsonPath("$.totals[0].shippedValue").value(131.0));

		calls.send(register(contract, "PRODUCT"), team.rep(), null)
			.andExpect(jsonPath("$.rows[0].label").value("Montaje en obra"))
			.andExpect(jsonPath("$.rows[0].shippedQuantity").value(2.0))
			.andExpect(jsonPath("$.rows[0].shippedValue").value(50.0))
			.andExpect(jsonPath("$.rows[0].returnedValue").value(25.0))
			.andExpect(jsonPath("$.rows[0].returnRatePercent").value(50.0))
			.andExpect(jsonPath("$.rows[1].label").value("Tornillo M8"))
			.andExpect(jsonPath("$.rows[1].shippedQuantity").value(900.0))
			.andExpect(jsonPath("$.rows[1].shippedValue").value(81.0))
			.andExpect(jsonPath("$.rows[1].returnedQuantity").value(100.0))
			.andExpect(jsonPath("$.rows[1].returnedValue").value(9.0))
			.andExpect(jsonPath("$.rows[1].returnRatePercent").value(11.11));

		calls.send(register(contract, "REASON"), team.rep(), null)
			.andExpect(jsonPath("$.rows.length()").value(2))
			.andExpect(jsonPath("$.rows[0].key").value("DEFECTIVE"))
			.andExpect(jsonPath("$.rows[0].shippedQuantity").value(nullValue()))
			.andExpect(jsonPath("$.rows[0].returnedQuantity").value(100.0))
			.andExpect(jsonPath("$.rows[0].returnRatePercent").value(11.09))
			.andExpect(jsonPath("$.rows[1].key").value("WRONG_ITEM"))
			.andExpect(jsonPath("$.rows[1].returnedValue").value(25.0))
			.andExpect(jsonPath("$.rows[1].returnRatePercent").value(0.11))
			.andExpect(jsonPath("$.totals[0].shippedQuantity").value(902.0));

		calls.send(register(contract, "MONTH").param("reason", "DEFECTIVE"), team.rep(), null)
			.andExpect(jsonPath("$.rows[0].key").value(today.substring(0, 7)))
			.andExpect(jsonPath("$.rows[0].shippedQuantity").value(902.0))
			.andExpect(jsonPath("$.rows[0].returnedQuantity").value(100.0));

		calls.send(register(contract, "CUSTOMER"), team.rep(), null)
			.andExpect(jsonPath("$.rows[0].key").value(contract.partyId().toString()))
			.andExpect(jsonPath("$.rows[0].label").value(contract.partyName()));
	}

	@Test
	void keepsToTheCallersScopeAndAPeriod() throws Exception {
		var team = fixtures.team();
		ContractView contract = registered(team);

		calls.send(register(contract, "CONTRACT"), team.otherRep(), null)
			.andExpect(jsonPath("$.rows.length()").value(0))
			.andExpect(jsonPath("$.totals.length()").value(0));
		calls.send(get("/api/v1/reports/shipments").param("from", shipments.today().plusDays(1).toString())
			.param("to", shipments.today().plusDays(9).toString())
			.param("contractId", contract.id().toString()), team.rep(), null)
			.andExpect(jsonPath("$.rows.length()").value(0));
		calls.send(get("/api/v1/reports/shipments").param("from", "2026-02-01").param("to", "2026-01-01"), team.rep(),
				null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	@Test
	void exportsTheRegisterAsASpreadsheet() throws Exception {
		var team = fixtures.team();
		ContractView contract = registered(team);

		byte[] xlsx = calls.send(get("/api/v1/reports/shipments/export").param("format", "xlsx")
			.param("from", shipments.today().toString())
			.param("to", shipments.today().toString())
			.param("groupBy", "REASON")
			.param("contractId", contract.id().toString())
			.header("Accept-Language", "es"), team.rep(), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Grupo");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Defectuoso");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Artículo equivocado");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Total");
			assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(902.0);
		}
	}

	/** The contract of the register, shipped and returned today. */
	private ContractView registered(ContractFixtures.Team team) {
		ContractView contract = fixtures.activeSale(team);
		ShipmentView delivered = fixtures.delivered(team, contract, "900", "2");
		fixtures.ship(team, contract, "100");
		fixtures.receivedReturn(team, delivered, "100", null);
		ReturnView wrong = fixtures.as(team.clerk(), () -> returns.register(new ReturnData(delivered.id(),
				ReturnReason.WRONG_ITEM, null, null,
				List.of(new ReturnLineData(delivered.lines().get(1).id(), BigDecimal.ONE)))));
		fixtures.as(team.manager(), () -> returns.verify(wrong.id(), null, null));
		fixtures.as(team.clerk(), () -> returns.receive(wrong.id(), null, null, GoodsCondition.DAMAGED));
		return contract;
	}

	private MockHttpServletRequestBuilder register(ContractView contract, String groupBy) {
		return get("/api/v1/reports/shipments").param("from", shipments.today().toString())
			.param("to", shipments.today().toString())
			.param("groupBy", groupBy)
			.param("contractId", contract.id().toString());
	}
}
